/**
 * The documented way through an HTTP proxy (the package README's "Proxies"): a custom `fetch`, Node's own, with
 * an undici `ProxyAgent` as its dispatcher. A real CONNECT proxy on loopback tunnels to a real loopback server:
 * the call must go through the tunnel (the proxy sees the CONNECT, the server the request with its key) and come
 * back as usual.
 */
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { ProxyAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { request } from './request.js';

const listen = async (server: Server) => {
  await once(server.listen(0, '127.0.0.1'), 'listening');
  return (server.address() as AddressInfo).port;
};

let target: Server;
let proxy: Server;
let targetPort = 0;
let proxyPort = 0;
const tunnels: string[] = [];
const received: { url?: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  target = createServer((req, res) => {
    received.push({ url: req.url, headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"message":"success"}');
  });
  // A CONNECT proxy in a few lines: it opens a TCP connection to the host:port asked for and splices the sockets.
  proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, client, head) => {
    tunnels.push(req.url ?? '');
    const [host = '', port = ''] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  [targetPort, proxyPort] = [await listen(target), await listen(proxy)];
});
afterAll(async () => {
  target.closeAllConnections();
  proxy.closeAllConnections();
  await Promise.all([new Promise((r) => target.close(r)), new Promise((r) => proxy.close(r))]);
});

describe('a client behind an HTTP proxy', () => {
  it('goes through the proxy with a fetch whose dispatcher is an undici ProxyAgent', async () => {
    const dispatcher = new ProxyAgent(`http://127.0.0.1:${proxyPort}`);
    const client = createClient({
      apiKey: 'proxy-key',
      baseUrl: `http://127.0.0.1:${targetPort}`,
      fetch: (url, init) => fetch(url, { ...init, dispatcher } as RequestInit),
    });
    const op = { id: 'usersTrack', method: 'POST', path: '/users/track', body: 'object' as const };
    try {
      await expect(request(client, op, { attributes: [] })).resolves.toEqual({ message: 'success' });
    } finally {
      await dispatcher.close();
    }
    expect(tunnels).toEqual([`127.0.0.1:${targetPort}`]);
    expect(received).toEqual([expect.objectContaining({ url: '/users/track', headers: expect.objectContaining({ authorization: 'Bearer proxy-key' }) })]);
  });

  it('is not used by the default transport: without the custom fetch the proxy sees nothing', async () => {
    const before = tunnels.length;
    const client = createClient({ apiKey: 'direct-key', baseUrl: `http://127.0.0.1:${targetPort}` });
    await request(client, { id: 'x', method: 'GET', path: '/direct' });
    expect(tunnels.length).toBe(before);
    expect(received.at(-1)?.url).toBe('/direct');
  });
});
