/**
 * A loopback HTTP server standing in for Braze: it records every request (method, path, headers, body) and
 * answers with Braze's usual success body and rate-limit headers, so the consumers exercise the real
 * client runtime and transport end to end without the network.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the server received. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A running server: its port, what it has seen, and how to stop it. */
export interface Loopback {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts the server on an ephemeral port of 127.0.0.1. */
export async function startLoopback(): Promise<Loopback> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-ratelimit-limit': '50000',
        'x-ratelimit-remaining': '49999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 60),
      });
      res.end(JSON.stringify({ message: 'success', attributes_processed: 1 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
