/**
 * The runtime matrix: the packed package, installed in a fresh project, runs one real scenario (a POST, a
 * listing of two pages, a 429 then success, a POST that times out) against a loopback server on Node (this one,
 * 22 and 24), Bun, Deno, and workerd with and without `nodejs_compat`. Each run gets its own server, which
 * checks what arrived: above all, that the timed-out POST reached it exactly once.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileConsumers, createConsumerProject, REPO_ROOT, type Consumer } from './consumer-project.js';
import { buildAndPack } from './pack.js';
import { run } from './run.js';
import { COMMAND_RUNTIMES, fetchFromWorkerd, missingBinaries } from './runtimes.js';
import { startScenarioServer, type ScenarioServer } from './scenario-server.js';

const PACKAGE_DIR = resolve(REPO_ROOT, process.env.SMOKE_PACKAGE_DIR ?? 'generated');
const SLOW = 300_000;
const SCENARIO: readonly Consumer[] = ['scenario', 'scenario-cli', 'scenario-worker'].map((name) => ({
  format: 'esm', source: `${name}.mts`, file: `${name}.mts`, output: `out/${name}.mjs`,
}));

/** What the scenario must see on every runtime. */
const EXPECTED = {
  track: { message: 'success', attributes_processed: 1 },
  items: ['a', 'b', 'c'],
  catalogs: ['restaurants'],
  timeout: { name: 'BrazeTimeoutError', timeoutError: true, connectionError: true },
};

/** Checks a run's output line and the requests its server received. */
/** The package's own User-Agent token, read from the package. */
const AGENT = () => {
  const { name, version } = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { name: string; version: string };
  return `${name}/${version} `;
};

function expectScenario(output: string, server: ScenarioServer, apiKey: string, transport: 'node:http' | 'fetch', userAgent: RegExp): void {
  const line = JSON.parse(output.trim().split('\n').pop() || '{}') as { result?: unknown; error?: string };
  expect(line.error, 'the scenario threw').toBeUndefined();
  expect(line.result).toMatchObject({ ...EXPECTED, transport });
  const sent = server.requests.map((r) => `${r.method} ${r.url}${r.body.includes('"slow"') ? ' (slow)' : ''}`);
  expect(sent).toEqual([
    'POST /users/track',
    'GET /catalogs/restaurants/items',
    'GET /catalogs/restaurants/items?cursor=page-2',
    'GET /catalogs',
    'GET /catalogs',
    'POST /users/track (slow)',
  ]);
  for (const r of server.requests) {
    expect(r.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(r.headers['user-agent']?.startsWith(AGENT()), r.headers['user-agent']).toBe(true);
    expect(r.headers['user-agent']).toMatch(userAgent);
  }
}

describe('the runtime matrix', () => {
  let work = '';
  let project = '';

  beforeAll(async () => {
    expect(missingBinaries()).toEqual([]);
    work = mkdtempSync(join(tmpdir(), 'braze-matrix-'));
    const tarball = await buildAndPack(PACKAGE_DIR, work);
    project = join(work, 'consumer');
    await createConsumerProject(project, tarball, SCENARIO);
    await compileConsumers(project);
    // workerd runs one bundled module; its `fetch`, timers and AbortSignal are the only I/O the client gets.
    await build({
      entryPoints: [join(project, 'out', 'scenario-worker.mjs')], outfile: join(project, 'workerd', 'worker.mjs'),
      bundle: true, format: 'esm', platform: 'browser', conditions: ['workerd', 'worker'], logLevel: 'silent',
    });
  }, SLOW);

  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it('bundles the browser build for workerd: the fetch transport without the Node one (run below)', () => {
    const worker = readFileSync(join(project, 'workerd', 'worker.mjs'), 'utf8');
    expect(worker).toMatch(/AbortSignal\.timeout/);
    expect(worker).not.toMatch(/keepAlive/); // node-transport.ts's agent
  });

  it.each(COMMAND_RUNTIMES.map((r) => [r.name, r] as const))('runs the scenario on %s', async (name, runtime) => {
    const server = await startScenarioServer();
    const apiKey = `matrix-${name.replace(/\W+/g, '-')}`;
    try {
      const host = new URL(server.baseUrl).host;
      const { code, stdout, stderr } = await run(runtime.binary, runtime.args('out/scenario-cli.mjs', [server.baseUrl, apiKey], host), project, {
        PATH: process.env.PATH, HOME: work, DENO_DIR: join(work, 'deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1',
      });
      expect(code, stderr).toBe(0);
      expectScenario(stdout, server, apiKey, runtime.transport, runtime.userAgent);
    } finally {
      await server.close();
    }
  }, 60_000);

  it.each([['without nodejs_compat', false], ['with nodejs_compat', true]] as const)('runs the scenario on workerd %s', async (_, compat) => {
    const server = await startScenarioServer();
    const apiKey = `matrix-workerd-${compat ? 'compat' : 'plain'}`;
    const dir = join(project, 'workerd', compat ? 'compat' : 'plain');
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'worker.mjs'), readFileSync(join(project, 'workerd', 'worker.mjs')));
      expectScenario(await fetchFromWorkerd(dir, { BASE_URL: server.baseUrl, API_KEY: apiKey }, compat), server, apiKey, 'fetch', /Cloudflare-Workers$/);
    } finally {
      await server.close();
    }
  }, 60_000);
});
