import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { BrazeRedirectError, type BrazeApiError } from './errors.js';
import { request, type OperationDescriptor } from './request.js';
import { loopback } from './test-helpers.js';

const SEND: OperationDescriptor = { id: 'messagesSend', method: 'POST', path: '/messages/send', body: 'object' };

describe('redirects are never followed, on either transport', () => {
  it.each([['node:http', undefined], ['fetch', fetch]])('%s: a 307/308 to another host is a BrazeRedirectError and nothing reaches that host', async (_name, f) => {
    const elsewhere: string[] = [];
    const other = await loopback((req, res) => {
      elsewhere.push(`${req.method} ${req.headers.authorization}`);
      req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"message":"success"}'));
    });
    const proxy = await loopback((req, res) => {
      req.resume().on('end', () => res.writeHead(req.url === '/messages/send' ? 307 : 308, { location: `${other.url}/steal` }).end());
    });
    try {
      const client = createClient({ apiKey: 'sk-key', baseUrl: proxy.url, fetch: f });
      for (const op of [SEND, { id: 'get', method: 'GET', path: '/g' }]) {
        const e = await request(client, op, { messages: {} }).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(BrazeRedirectError);
        expect(e).toMatchObject({ status: op === SEND ? 307 : 308, operationId: op.id });
        expect((e as BrazeApiError).headers.location).toBe(`${other.url}/steal`);
      }
      expect(elsewhere).toEqual([]);
    } finally {
      other.close();
      proxy.close();
    }
  });
});
