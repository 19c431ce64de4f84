/**
 * Client benchmark: per-request cost of small POSTs on a loopback keep-alive server, through node:http with
 * a keep-alive agent (the floor), global fetch, openapi-fetch, the `braze-api` package and our generated
 * client (standalone function and facade); plus the bundle sizes of the runtime and of a one-operation app
 * (esbuild, platform node, minified, and gzip). Rounds are interleaved and the lower quartile kept, so
 * background load on a shared machine affects every contender alike.
 *
 * Run: `npx tsx scripts/bench/client.bench.ts` (or through `npm run bench`).
 */
import { rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BenchResult } from './types.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const ROUNDS = 24;
const PER_ROUND = 150;
const WARMUP = 300;
const BODY = { attributes: [{ external_id: 'user-1', first_name: 'Ada' }] };

type Send = () => Promise<unknown>;

async function startServer(): Promise<{ url: string; close(): void }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(201, { 'content-type': 'application/json', 'x-ratelimit-limit': '3000', 'x-ratelimit-remaining': '2999', 'x-ratelimit-reset': '1700000000' });
      res.end('{"message":"success","attributes_processed":1}');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => { server.closeAllConnections(); server.close(); } };
}

function nodeHttpFloor(url: string): Send {
  const agent = new http.Agent({ keepAlive: true });
  const { hostname, port } = new URL(url);
  return () => new Promise((done, fail) => {
    const body = JSON.stringify(BODY);
    const req = http.request({ host: hostname, port, method: 'POST', path: '/users/track', agent, headers: {
      authorization: 'Bearer k', 'content-type': 'application/json', 'content-length': Buffer.byteLength(body),
    } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', fail);
    req.end(body);
  });
}

/** Our client: the generated package when it is up to date, else the client emitted into a temp folder. */
async function clientEntry(): Promise<{ entry: string; cleanup(): void }> {
  const { emitPackage, freshGeneratedEntry, modelOf } = await import('../../generator/src/emit/client/test/emit-package.js');
  const model = await modelOf('spec/openapi.yaml');
  const generated = await freshGeneratedEntry(model);
  if (generated) return { entry: generated, cleanup: () => undefined };
  const dir = await emitPackage(model);
  return { entry: join(dir, 'src/index.ts'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function contenders(url: string, entry: string): Promise<[string, Send][]> {
  const ours = await import(pathToFileURL(entry).href) as Record<string, (...a: unknown[]) => unknown>;
  const client = ours.createClient!({ apiKey: 'k', baseUrl: url });
  const braze = ours.createBrazeClient!({ apiKey: 'k', baseUrl: url }) as { users: { track(i: unknown): Promise<unknown> } };
  const createOpenApiFetch = (await import('openapi-fetch')).default;
  const oaf = createOpenApiFetch<Record<string, never>>({ baseUrl: url, headers: { authorization: 'Bearer k' } }) as unknown as {
    POST(path: string, init: { body: unknown }): Promise<unknown>;
  };
  const { Braze } = await import('braze-api');
  const community = new Braze(url, 'k');
  return [
    ['node:http keep-alive (floor)', nodeHttpFloor(url)],
    ['global fetch', async () => (await fetch(`${url}/users/track`, {
      method: 'POST', headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, body: JSON.stringify(BODY),
    })).json()],
    ['openapi-fetch', () => oaf.POST('/users/track', { body: BODY })],
    ['braze-api', () => community.users.track(BODY as never)],
    ['ours: usersTrack(client, input)', () => ours.usersTrack!(client, BODY) as Promise<unknown>],
    ['ours: braze.users.track(input)', () => braze.users.track(BODY)],
  ];
}

async function timeRequests(send: Send, n: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await send();
  return Number(process.hrtime.bigint() - start) / 1000 / n;
}

/** The lower quartile of the rounds: robust to rounds slowed by other processes on a shared machine. */
const lowerQuartile = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 4)]!;

async function bundleSize(contents: string, resolveDir: string): Promise<{ min: number; gz: number }> {
  const out = await build({
    stdin: { contents, resolveDir, loader: 'ts' }, bundle: true, minify: true, platform: 'node', format: 'esm', write: false,
    external: ['node:*'], logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

/** Runs the request benchmark and the bundle-size measurements. */
export async function run(): Promise<BenchResult[]> {
  const server = await startServer();
  const { entry, cleanup } = await clientEntry();
  const results: BenchResult[] = [];
  try {
    const list = await contenders(server.url, entry);
    for (const [, send] of list) await timeRequests(send, WARMUP);
    const samples = list.map(() => [] as number[]);
    for (let r = 0; r < ROUNDS; r++) for (const [i, [, send]] of list.entries()) samples[i]!.push(await timeRequests(send, PER_ROUND));
    const floor = lowerQuartile(samples[0]!);
    for (const [i, [name]] of list.entries()) {
      const us = lowerQuartile(samples[i]!);
      results.push({ name: `POST ${name}`, value: Math.round(us * 10) / 10, unit: 'µs/request', note: `${(us / floor).toFixed(2)}× floor` });
    }
    const runtime = await bundleSize(`export * from ${JSON.stringify(join(ROOT, 'generator/runtime/index.ts'))};`, ROOT);
    const app = await bundleSize(
      `import { createClient, usersTrack } from ${JSON.stringify(entry)};\nconst c = createClient({ instance: 'US-01' });\nconsole.log(await usersTrack(c, { attributes: [] }));\n`, ROOT);
    results.push(
      { name: 'bundle: runtime (minified)', value: runtime.min, unit: 'bytes', note: `${runtime.gz} gzip; goal ≤ 6,000` },
      { name: 'bundle: one-operation app (minified)', value: app.min, unit: 'bytes' },
      { name: 'bundle: one-operation app (min+gz)', value: app.gz, unit: 'bytes', note: 'goal ≤ 4,096' },
    );
  } finally {
    server.close();
    cleanup();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) console.log(`${r.name.padEnd(44)} ${String(r.value).padStart(9)} ${r.unit}${r.note ? `  (${r.note})` : ''}`);
}
