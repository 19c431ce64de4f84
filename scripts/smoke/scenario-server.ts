/**
 * The loopback server of the runtime matrix (`runtime-matrix.test.ts`): it answers the four steps of the
 * scenario the way Braze would, and records every request so the test can count what reached it (a POST that
 * timed out must have arrived exactly once, whatever the runtime's transport did afterwards).
 * - `POST /users/track`: success, except a body naming the user `slow`, which is never answered;
 * - `GET /catalogs/restaurants/items`: two pages, the first with an absolute `Link: <…>; rel="next"` on this origin;
 * - `GET /catalogs`: a 429 with Braze's rate-limit headers the first time, then the list.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedRequest } from './loopback.js';

/** A running scenario server: its base URL, what it received, and how to stop it. */
export interface ScenarioServer {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Stops it, dropping the connection of the request it never answers. */
  close(): Promise<void>;
}

const rateLimitHeaders = (remaining: number) => ({
  'content-type': 'application/json',
  'x-ratelimit-limit': '250000',
  'x-ratelimit-remaining': String(remaining),
  // Braze's reset is in epoch seconds; rounding up keeps a 429's wait under a second.
  'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000)),
});

function answer(req: IncomingMessage, res: ServerResponse, body: string, seen: RecordedRequest[]): void {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const json = (status: number, value: unknown, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...rateLimitHeaders(status === 429 ? 0 : 1000), ...extra }).end(JSON.stringify(value));
  };
  const route = `${req.method} ${url.pathname}`;
  if (route === 'POST /users/track') {
    if (body.includes('"slow"')) return; // never answered: the client's timeout must end the call
    json(201, { message: 'success', attributes_processed: 1 });
  } else if (route === 'GET /catalogs/restaurants/items') {
    if (url.searchParams.get('cursor') === 'page-2') json(200, { message: 'success', items: [{ id: 'c' }] });
    else json(200, { message: 'success', items: [{ id: 'a' }, { id: 'b' }] }, { link: `<${url.origin}${url.pathname}?cursor=page-2>; rel="next"` });
  } else if (route === 'GET /catalogs') {
    const attempts = seen.filter((r) => r.method === 'GET' && r.url === '/catalogs').length;
    if (attempts === 1) json(429, { message: 'rate limited' }, { 'retry-after': '1' });
    else json(200, { message: 'success', catalogs: [{ name: 'restaurants' }] });
  } else json(404, { message: `no route ${route}` });
}

/** Starts a scenario server on an ephemeral port of 127.0.0.1. */
export async function startScenarioServer(): Promise<ScenarioServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      answer(req, res, body, requests);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    }),
  };
}
