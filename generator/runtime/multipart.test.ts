import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { multipartRequest, toFormData } from './multipart.js';
import type { OperationDescriptor } from './request.js';
import { manualClock } from './test-helpers.js';

const UPLOAD: OperationDescriptor = { id: 'upload', method: 'POST', path: '/files', body: 'other', contentType: 'multipart/form-data' };

/** A fetch that answers 500 first, then 200, and parses each multipart body it receives as the server would. */
function multipartServer() {
  const received: { contentType: string; form: FormData }[] = [];
  let calls = 0;
  const fetch = async (url: string, init: RequestInit) => {
    const contentType = (init.headers as Record<string, string>)['content-type']!;
    received.push({ contentType, form: await new Request(url, { method: 'POST', body: init.body, headers: { 'content-type': contentType } }).formData() });
    return new Response('{"ok":true}', { status: calls++ === 0 ? 500 : 200 });
  };
  return { fetch: fetch as typeof globalThis.fetch, received };
}

describe('multipart bodies', () => {
  it('turns files, bytes, objects, arrays and scalars into parts; nulls are left out; a FormData is kept', () => {
    const file = new File(['hello'], 'hello.txt', { type: 'text/plain' });
    const form = toFormData({ file, bytes: new Uint8Array([1, 2]), attributes: { name: 'a', parent: { id: '0' } }, tags: ['x', 'y'], size: 5, none: null });
    const keys: string[] = [];
    form.forEach((_, key) => keys.push(key));
    expect(keys).toEqual(['file', 'bytes', 'attributes', 'tags', 'tags', 'size']);
    expect((form.get('file') as File).name).toBe('hello.txt');
    expect(form.get('bytes')).toBeInstanceOf(Blob);
    expect(form.get('attributes')).toBe('{"name":"a","parent":{"id":"0"}}');
    expect(form.getAll('tags')).toEqual(['x', 'y']);
    expect(form.get('size')).toBe('5');
    const ready = new FormData();
    expect(toFormData(ready)).toBe(ready);
  });

  it('sends the parts with their boundary, and a retry (with retryNonIdempotent) re-sends the same body', async () => {
    const server = multipartServer();
    const client = createClient({ apiKey: 'k', baseUrl: 'https://api.example.com', fetch: server.fetch, clock: manualClock() });
    const file = new File(['hello'], 'hello.txt', { type: 'text/plain' });
    await expect(multipartRequest(client, UPLOAD, { body: { file, attributes: { name: 'hello.txt' } } }, { retryNonIdempotent: true })).resolves.toEqual({ ok: true });
    expect(server.received).toHaveLength(2);
    for (const { contentType, form } of server.received) {
      expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
      expect(await (form.get('file') as File).text()).toBe('hello');
      expect((form.get('file') as File).name).toBe('hello.txt');
      expect(form.get('attributes')).toBe('{"name":"hello.txt"}');
    }
  });
});
