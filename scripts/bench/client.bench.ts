/**
 * Client benchmark: per-request cost of small POSTs on a loopback keep-alive server, through node:http with
 * a keep-alive agent (the floor), global fetch, openapi-fetch, the `braze-api` package and our generated
 * client (standalone function and facade); plus the bundle sizes of the runtime and of a one-operation app
 * (esbuild, platform node, minified, and gzip).
 *
 * Robust on a noisy shared machine: after a warm-up, each request of a contender is paired with a request
 * through the floor made right before or after it (alternately), and the contender's ratio is the median of
 * those pairs' ratios. A slow stretch of the machine (other processes on the two cores, a GC) lasts far longer
 * than a pair, so it slows both requests of the pairs it hits and cancels out, and the median ignores the
 * pairs it splits. Rounds visit the contenders in a fresh shuffled order. (Timing bursts of requests per
 * contender and comparing burst medians instead gave ratios that moved by ±10 % between runs under load;
 * pairs move by about ±1 %.) The server runs in this process, not a child: one thread does all the work, with
 * no cross-process wake-ups whose latency depends on what else the two cores are running, and its cost is the
 * same for every contender. Our client is bundled with esbuild first and imported as plain JavaScript, as an
 * application gets it: loaded through tsx, its functions would be wrapped in tsx's `__name` helper.
 *
 * Run: `npx tsx scripts/bench/client.bench.ts` (or through `npm run bench`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import type { BenchResult } from './types.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const ROUNDS = 30;
const PAIRS_PER_ROUND = 40;
const WARMUP = 500;
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

/**
 * Our client: the generated package when it is up to date, else the client emitted into a temp folder;
 * `entry` is its TypeScript entry, `bundle` that entry bundled into one JavaScript module.
 */
async function clientEntry(): Promise<{ entry: string; bundle: string; cleanup(): void }> {
  const { emitPackage, freshGeneratedEntry, modelOf } = await import('../../generator/src/emit/client/test/emit-package.js');
  const model = await modelOf('spec/openapi.yaml');
  const generated = await freshGeneratedEntry(model);
  const dir = generated ? undefined : await emitPackage(model);
  const entry = generated ?? join(dir!, 'src/index.ts');
  const out = mkdtempSync(join(tmpdir(), 'client-bench-'));
  const bundle = join(out, 'client.mjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', external: ['node:*'], outfile: bundle, logLevel: 'silent' });
  return {
    entry, bundle, cleanup: () => {
      rmSync(out, { recursive: true, force: true });
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
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

/** One request's duration, µs. */
async function timeOne(send: Send): Promise<number> {
  const start = process.hrtime.bigint();
  await send();
  return Number(process.hrtime.bigint() - start) / 1000;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

/** `0…n-1` in random order. */
const shuffled = (n: number): number[] => {
  const a = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
};

/**
 * The package's browser build from its sources: `build.mjs` writes `dist/browser` as `dist/esm` with the Node
 * transport emptied, and the `browser`/`worker` exports point there; this does the same to the sources.
 */
const browserBuild: Plugin = {
  name: 'browser-build',
  setup(b) {
    b.onResolve({ filter: /\/node-transport\.js$/ }, (a) => ({ path: a.path, namespace: 'browser-build' }));
    b.onLoad({ filter: /.*/, namespace: 'browser-build' }, () => ({ contents: 'export const nodeTransport = undefined;', loader: 'js' }));
  },
};

async function bundleSize(contents: string, resolveDir: string, options: BuildOptions = {}): Promise<{ min: number; gz: number }> {
  const out = await build({
    stdin: { contents, resolveDir, loader: 'ts' }, bundle: true, minify: true, platform: 'node', format: 'esm', write: false,
    external: ['node:*'], logLevel: 'silent', ...options,
  });
  const code = out.outputFiles![0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

/** Runs the request benchmark and the bundle-size measurements. */
export async function run(): Promise<BenchResult[]> {
  const server = await startServer();
  const { entry, bundle, cleanup } = await clientEntry();
  const results: BenchResult[] = [];
  try {
    const list = await contenders(server.url, bundle);
    for (const [, send] of list) for (let n = 0; n < WARMUP; n++) await send();
    // Per contender (0 is the floor): each request's µs, the µs of the floor requests it was paired with, and
    // each pair's contender / floor ratio.
    const times = list.map(() => [] as number[]);
    const floorTimes = list.map(() => [] as number[]);
    const ratios = list.map(() => [] as number[]);
    const floor = list[0]![1];
    for (let r = 0; r < ROUNDS; r++) {
      for (const i of shuffled(list.length - 1).map((x) => x + 1)) {
        const send = list[i]![1];
        for (let k = 0; k < PAIRS_PER_ROUND; k++) {
          // Which of the pair goes first alternates, so neither always runs in the other's wake.
          let f: number;
          let c: number;
          if (k & 1) {
            f = await timeOne(floor);
            c = await timeOne(send);
          } else {
            c = await timeOne(send);
            f = await timeOne(floor);
          }
          floorTimes[i]!.push(f);
          times[i]!.push(c);
          ratios[i]!.push(c / f);
        }
      }
    }
    // The floor's own figure: its median in the pairs where it was least disturbed (paired with `fetch`, its
    // requests slow down with the garbage `fetch` leaves; the ratios only ever compare a pair's two requests).
    times[0] = floorTimes.slice(1).reduce((best, t) => (median(t) < median(best) ? t : best));
    for (const [i, [name]] of list.entries()) {
      const us = median(times[i]!);
      const ratio = i ? median(ratios[i]!) : 1;
      results.push({ name: `POST ${name}`, value: Math.round(us * 10) / 10, unit: 'µs/request', note: `${ratio.toFixed(2)}× floor` });
    }
    const runtime = await bundleSize(`export * from ${JSON.stringify(join(ROOT, 'generator/runtime/index.ts'))};`, ROOT);
    const appCode = `import { createClient, usersTrack } from ${JSON.stringify(entry)};\nconst c = createClient({ instance: 'US-01' });\nconsole.log(await usersTrack(c, { attributes: [] }));\n`;
    const app = await bundleSize(appCode, ROOT);
    // The same app bundled for a browser or a worker (Cloudflare's conditions), which gets the browser build.
    const workerApp = await bundleSize(appCode, ROOT, { platform: 'browser', conditions: ['workerd', 'worker', 'browser'], plugins: [browserBuild] });
    const workerRuntime = await bundleSize(`export * from ${JSON.stringify(join(ROOT, 'generator/runtime/index.ts'))};`, ROOT, { platform: 'browser', plugins: [browserBuild] });
    // openapi-fetch measured the same way: every export, bundled and minified.
    const peer = await bundleSize(`export * from 'openapi-fetch';`, ROOT);
    // The optional runtime modules, bundled only by APIs that need them (Braze's do not): their added bytes.
    const extra = async (names: string, module: string) =>
      (await bundleSize(`export * from ${JSON.stringify(join(ROOT, 'generator/runtime/index.ts'))};\nexport { ${names} } from ${JSON.stringify(join(ROOT, 'generator/runtime', module))};`, ROOT)).min - runtime.min;
    results.push(
      { name: 'bundle: runtime (minified)', value: runtime.min, unit: 'bytes', note: `${runtime.gz} gzip; budget ≤ 9,000 (issue 16); Node (both transports); ${(runtime.min / peer.min).toFixed(2)}× openapi-fetch` },
      { name: 'bundle: runtime, browser/worker (minified)', value: workerRuntime.min, unit: 'bytes', note: `${workerRuntime.gz} gzip; budget ≤ 9,000; dist/browser, no Node transport` },
      { name: 'bundle: openapi-fetch, every export (minified)', value: peer.min, unit: 'bytes', note: `${peer.gz} gzip; the same measurement` },
      { name: 'bundle: + path-style.ts (label/matrix/array path parameters)', value: await extra('pathStyle', 'path-style.ts'), unit: 'bytes', note: 'only for APIs with such parameters' },
      { name: 'bundle: + query-style.ts (other query styles)', value: await extra('queryStyle', 'query-style.ts'), unit: 'bytes', note: 'only for APIs with such parameters' },
      { name: 'bundle: + multipart.ts (file uploads)', value: await extra('multipartRequest', 'multipart.ts'), unit: 'bytes', note: 'only for APIs with multipart bodies' },
      { name: 'bundle: + encoders.ts (cookie parameters, urlencoded bodies)', value: await extra('cookieParam, formBody', 'encoders.ts'), unit: 'bytes', note: 'only for APIs with such parameters or bodies' },
      { name: 'bundle: one-operation app (minified)', value: app.min, unit: 'bytes' },
      { name: 'bundle: one-operation app (min+gz)', value: app.gz, unit: 'bytes', note: 'budget ≤ 4,096 (issue 16); Node (both transports)' },
      { name: 'bundle: one-operation app, browser/worker (min+gz)', value: workerApp.gz, unit: 'bytes', note: `budget ≤ 4,096; ${workerApp.min} minified; dist/browser, no Node transport` },
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
