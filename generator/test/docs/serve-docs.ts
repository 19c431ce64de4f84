/** A throwaway HTTP server on 127.0.0.1 that serves one page at `/docs/index.html`, for the browser test. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The running server. */
export interface DocsServer {
  /** `http://127.0.0.1:<port>/docs/index.html`. */
  url: string;
  /** `127.0.0.1:<port>`: requests to any other host are foreign. */
  host: string;
  close(): Promise<void>;
}

/** Serves `html` at `/docs/index.html` (404 elsewhere) on a free port. */
export async function serveDocs(html: string): Promise<DocsServer> {
  const server = createServer((req, res) => {
    if (req.url?.split('?')[0] === '/docs/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/docs/index.html`,
    host: `127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
