// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * The Node transport: `node:http`/`node:https` with a keep-alive agent (global `fetch` costs about four times
 * more per request on Node 20). The modules are taken at run time (nothing imports them), so this module loads
 * anywhere; the client uses it only on Node itself (`createClient`). The generated package's browser build
 * (`dist/browser`, its `browser` and `worker` exports) holds an empty `nodeTransport` instead, so browser and worker
 * bundles leave these bytes out.
 */
import type { Agent } from 'node:http';
import type { Transport } from './transport.js';

type Http = typeof import('node:http');
/** `[module, keep-alive agent]` for http (index 0) and https (index 1), made on first use. */
const nodes: [Http, Agent][] = [];

/**
 * The Node transport: keep-alive agents shared by every client in the process. The modules come from
 * `process.getBuiltinModule` (Node 20.16+), synchronously: no import for bundlers to resolve elsewhere;
 * they are kept, as a lookup per request measured ~0.5 % of the request's CPU time.
 */
export const nodeTransport: Transport = (req) => {
  const https = +(req.url[4] === 's');
  const [mod, agent] = nodes[https] ??= ((m: Http) => [m, new m.Agent({ keepAlive: true })] as [Http, Agent])(
    process.getBuiltinModule(https ? 'node:https' : 'node:http') as Http);
  const base = req.base;
  // A known length avoids chunked encoding, which some servers refuse on DELETE bodies. The headers object
  // is the request's own (built per call), so setting it in place saves a copy on the hot path.
  if (req.body != null) (req.headers as Record<string, string | number>)['content-length'] = Buffer.byteLength(req.body);
  // `signal` makes node destroy the request when the caller aborts; the request loop rethrows the reason.
  // (Spreading `req` into the options instead is shorter but measurably slower per request.) Everything up to
  // the network runs outside the promise: what it throws (a header node refuses, a runtime that is not quite
  // Node) is a bug to report as it is, not a network failure to retry.
  const sent = mod.request({
    method: req.method, host: base.hostname, port: base.port, path: req.url.slice(base.origin.length), headers: req.headers, agent, signal: req.signal,
  });
  // The timeout: a timer per request, unref'd (it never keeps the process alive), cleared when the request closes
  // (its response read, or failed). Its `TimeoutError` becomes a `BrazeTimeoutError`. (A single timer armed for the
  // earliest of all deadlines measured no faster in `npm run bench`, for ~200 more bytes.) At most 2e9 ms: timers
  // overflow at 2^31 and `Infinity` means none.
  const timer = setTimeout(() => sent.destroy(new DOMException('no response in time', 'TimeoutError')), Math.min(req.timeoutMs, 2e9)).unref();
  sent.end(req.body);
  return new Promise((resolve, reject) => {
    // A failed request is destroyed: a body that fails to decode leaves its socket busy otherwise.
    const fail = (e: Error) => (sent.destroy(), reject(e));
    // (Listeners added after `end` in the same tick: every event of the request comes later.)
    sent.on('close', () => clearTimeout(timer)).on('error', fail).on('response', (res) => {
      // Buffer chunks decoded once at the end: `setEncoding('utf8')` is ~1 % slower per request. Counted as
      // they come: a body past the limit is cut off there (a huge one would not even fit in a string).
      const chunks: Buffer[] = [];
      let length = 0;
      // A gzip, deflate or br body is decoded, as `fetch` does: a request without Accept-Encoding accepts any
      // coding, and proxies use that. Leniently at its end (an empty one is no error, a cut one is not JSON).
      // (`finishFlush: 1`, a partial flush for zlib and a plain one for brotli, leaves out the end-of-data check.)
      const coding = res.headers['content-encoding'] && /^(br)$|gzip|deflate/i.exec(res.headers['content-encoding']);
      const body = coding ? res.pipe((process.getBuiltinModule('node:zlib') as typeof import('node:zlib'))[coding[1] ? 'createBrotliDecompress' : 'createUnzip']({ finishFlush: 1 })) : res;
      // Node lowercases names; only set-cookie is an array, and nothing here reads it. The text is decoded as
      // `fetch` decodes it: a byte-order mark is dropped (JSON.parse refuses it). (`Buffer#toString` and a
      // replace cost less per request than a `TextDecoder`.)
      const done = (over?: 1) => resolve({ status: res.statusCode!, headers: res.headers as Record<string, string>, text: Buffer.concat(chunks).toString().replace(/^\uFEFF/, ''), over });
      res.on('error', fail);
      body.on('data', (c: Buffer) => (length += c.length) > req.maxBytes! ? (done(1), res.destroy(), body.destroy()) : chunks.push(c)).on('error', fail).on('end', done);
    });
  });
};
