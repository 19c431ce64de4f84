/**
 * Smoke test of the real artifact: builds and packs the generated package (`generated/`, or
 * `SMOKE_PACKAGE_DIR`), lints the tarball with publint and attw, installs it in a fresh project, and checks
 * that an ESM and a CommonJS consumer type-check with `tsc --strict` and work against a loopback server.
 * Run `npm run generate` first; `npm run smoke` runs this file alone.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileConsumers, CONSUMERS, createConsumerProject, readmeConsumers, REPO_ROOT } from './consumer-project.js';
import { startLoopback, type Loopback } from './loopback.js';
import { buildAndPack, checkTypes, lintTarball } from './pack.js';
import { run } from './run.js';

const PACKAGE_DIR = resolve(REPO_ROOT, process.env.SMOKE_PACKAGE_DIR ?? 'generated');
const SLOW = 300_000;
/** The TypeScript examples of the project's README and of the package's own README. */
const README_EXAMPLES = readmeConsumers([join(REPO_ROOT, 'README.md'), join(PACKAGE_DIR, 'README.md')]);

describe('the packed package', () => {
  let work = '';
  let tarball = '';
  let loopback: Loopback | undefined;

  beforeAll(async () => {
    if (!existsSync(join(PACKAGE_DIR, 'package.json'))) {
      throw new Error(`${PACKAGE_DIR}/package.json is missing: run \`npm run generate\` first`);
    }
    work = mkdtempSync(join(tmpdir(), 'braze-smoke-'));
    tarball = await buildAndPack(PACKAGE_DIR, work);
    await createConsumerProject(join(work, 'consumer'), tarball, [...CONSUMERS, ...README_EXAMPLES]);
    loopback = await startLoopback();
  }, SLOW);

  afterAll(async () => {
    await loopback?.close();
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it('passes publint with no message at all', async () => {
    expect(await lintTarball(tarball)).toEqual([]);
  });

  it('passes attw for every resolution mode', async () => {
    const { code, report } = await checkTypes(tarball);
    expect(report).toContain('No problems found');
    expect(code, report).toBe(0);
  }, SLOW);

  it('finds the TypeScript examples of both READMEs', () => {
    expect(README_EXAMPLES.map((c) => c.source)).toEqual(expect.arrayContaining([join(REPO_ROOT, 'README.md'), join(PACKAGE_DIR, 'README.md')]));
  });

  it('type-checks an ESM and a CJS consumer and every README example with tsc --strict', async () => {
    await expect(compileConsumers(join(work, 'consumer'))).resolves.toBeUndefined();
  }, SLOW);

  it.each(CONSUMERS.map((c) => [c.format, c] as const))('runs the %s consumer', async (format, consumer) => {
    const before = loopback?.requests.length ?? 0;
    const { code, stdout, stderr } = await run(process.execPath, [consumer.output, String(loopback?.port)], join(work, 'consumer'));
    expect(code, stderr).toBe(0);
    const line = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { format?: string; result?: Record<string, unknown> };
    expect(line.format).toBe(format);
    expect(line.result).toMatchObject({ message: 'success' });
    const sent = loopback?.requests.slice(before) ?? [];
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', url: '/users/track' });
    expect(sent[0]?.headers.authorization).toBe(`Bearer smoke-key-${format}`);
    expect(JSON.parse(sent[0]?.body ?? '{}')).toEqual({ attributes: [{ external_id: `smoke-${format}`, plan: 'pro' }] });
  }, SLOW);
});
