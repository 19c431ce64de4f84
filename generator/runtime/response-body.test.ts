import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { BrazeResponseError } from './errors.js';
import { request, type OperationDescriptor } from './request.js';
import { loopback } from './test-helpers.js';

const HTML = `<!doctype html><html><head><title>502 Bad Gateway</title></head><body>${'<p>proxy</p>'.repeat(200)}</body></html>`;
/** Path → [status, content type, body]. */
const ANSWERS: Record<string, [number, string, string]> = {
  '/truncated': [200, 'application/json', '{"message":"success","dispatch_id":"d'],
  '/html': [200, 'text/html', HTML],
  '/json-as-html': [200, 'text/html', '{"message":"success"}'], // Braze sometimes labels JSON otherwise: the spec decides
  '/empty': [200, 'application/json', ''],
  '/no-content': [204, 'application/json', ''],
  '/csv': [200, 'text/csv', 'id,name\n1,"Ada"\n'],
  '/ok': [200, 'text/plain', 'OK'],
};

describe('a 2XX body is read as the spec declares it', () => {
  it.each([['node:http', undefined], ['fetch', fetch]])('%s', async (_name, f) => {
    let requests = 0;
    const server = await loopback((req, res) => {
      requests++;
      const [status, type, body] = ANSWERS[req.url!]!;
      req.resume().on('end', () => res.writeHead(status, status === 204 ? {} : { 'content-type': type }).end(body));
    });
    try {
      const client = createClient({ apiKey: 'k', baseUrl: server.url, fetch: f });
      const call = (path: string, response?: OperationDescriptor['response']) =>
        request(client, { id: 'messagesSend', method: 'POST', path, body: 'object', response }, { messages: {} }).catch((e: unknown) => e);
      const truncated = await call('/truncated');
      expect(truncated).toBeInstanceOf(BrazeResponseError);
      expect(truncated).toMatchObject({ status: 200, operationId: 'messagesSend', body: ANSWERS['/truncated']![2], message: 'messagesSend: 200 response is not JSON' });
      const html = await call('/html');
      expect(html).toBeInstanceOf(BrazeResponseError);
      expect((html as BrazeResponseError).body).toBe(HTML.slice(0, 1000));
      expect(requests).toBe(2); // neither is retried
      expect(await call('/json-as-html')).toEqual({ message: 'success' });
      expect(await call('/empty')).toBeUndefined();
      expect(await call('/no-content')).toBeUndefined();
      expect(await call('/csv', 'text')).toBe('id,name\n1,"Ada"\n');
      expect(await call('/ok', 'any')).toBe('OK');
      expect(await call('/json-as-html', 'any')).toEqual({ message: 'success' });
    } finally {
      server.close();
    }
  });
});
