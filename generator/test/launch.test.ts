import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { buildBundle, bundleKey } from '../src/launch.mjs';
import { makeTempDir, snapshotTree } from './helpers/tree.js';

const SPEC = 'generator/test/fixtures/mini/openapi.yaml';
const run = promisify(execFile);

describe('bundleKey', () => {
  it('changes with any file’s contents, a new file or a renamed one, and only then', () => {
    const root = makeTempDir('launch-key');
    const src = join(root, 'generator/src');
    mkdirSync(join(src, 'emit'), { recursive: true });
    writeFileSync(join(src, 'cli.ts'), 'export const a = 1;\n');
    writeFileSync(join(src, 'emit/x.ts'), 'export const b = 2;\n');
    const first = bundleKey(src, root);
    expect(bundleKey(src, root)).toEqual(first);
    expect([...first.sources].map((f) => f.slice(src.length))).toEqual(['/cli.ts', '/emit/x.ts']);

    writeFileSync(join(src, 'emit/x.ts'), 'export const b = 3;\n');
    const edited = bundleKey(src, root).key;
    expect(edited).not.toBe(first.key);
    writeFileSync(join(src, 'emit/y.ts'), '');
    const added = bundleKey(src, root).key;
    expect(added).not.toBe(edited);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    expect(bundleKey(src, root).key).not.toBe(added);
  });
});

describe('the bundled CLI', () => {
  it('writes the same files as the sources do, and refuses to bundle a file its key did not hash', async () => {
    const dir = makeTempDir('launch-bundle');
    const file = join(dir, 'cli.cjs');
    await expect(buildBundle(file, new Set())).rejects.toThrow(/outside generator\/src.*cli\.ts/);
    await buildBundle(file, bundleKey().sources);
    const bundled = createRequire(import.meta.url)(file) as { runCli: typeof runCli };
    const out = join(dir, 'out');
    const log: string[] = [];
    const original = console.log;
    console.log = (text: unknown) => void log.push(String(text));
    try {
      expect(await bundled.runCli(['--spec', SPEC, '--out', out])).toBe(0);
      const fromBundle = snapshotTree(out);
      rmSync(out, { recursive: true });
      expect(await runCli(['--spec', SPEC, '--out', out])).toBe(0);
      expect(fromBundle).toEqual(snapshotTree(out));
    } finally {
      console.log = original;
    }
    expect(log[0]).toMatch(/^8 operations, 5 permissions → /);
  }, 120_000);

  it('runs as `npm run generate` does, in a fresh process, and prints stage timings on request', async () => {
    const out = join(makeTempDir('launch-process'), 'out');
    const { stdout, stderr } = await run(process.execPath, ['generator/src/launch.mjs', '--spec', SPEC, '--out', out, '--timings']);
    expect(stdout).toMatch(/^8 operations, 5 permissions → /);
    const timings = JSON.parse(/^timings: (.*)$/m.exec(stderr)?.[1] ?? '{}') as Record<string, number>;
    expect(Object.keys(timings)).toEqual(expect.arrayContaining(['boot', 'bundle', 'load', 'model', 'emit:docs', 'emit:schema', 'emit', 'write', 'total']));
    expect(timings.total).toBeGreaterThanOrEqual((timings.boot ?? 0) + (timings.load ?? 0));
    const { stdout: check } = await run(process.execPath, ['generator/src/launch.mjs', '--spec', SPEC, '--out', out, '--check']);
    expect(check).toMatch(/is up to date/);
  }, 120_000);
});
