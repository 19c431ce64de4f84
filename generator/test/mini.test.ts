import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commentStyleFor } from '../src/emit/shared/banner.js';
import { generate } from '../src/generate.js';
import { makeTempDir, snapshotTree } from './helpers/tree.js';
import { typeCheck } from './helpers/tsc.js';

const SPEC = 'generator/test/fixtures/mini/openapi.yaml';
/** Files above this size (the docs page inlines Redoc) are snapshotted by hash: nobody reviews them by eye. */
const INLINE_LIMIT = 100_000;
/** The client runtime is copied verbatim from `generator/runtime/` (tested there): listed, not snapshotted. */
const COPIED = /^src\/runtime\//;

describe('mini fixture: whole output', () => {
  let out = '';
  let tree: Record<string, string> = {};

  beforeAll(async () => {
    out = join(makeTempDir('mini'), 'generated');
    await generate({ specPath: SPEC, outDir: out, regenerateCommand: 'npm run generate -- --spec generator/test/fixtures/mini/openapi.yaml' });
    tree = snapshotTree(out);
  }, 120_000);

  it('lists the expected files', () => {
    const manifest = Object.entries(tree).map(([path, text]) =>
      text.length > INLINE_LIMIT ? `${path} sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}` : path,
    );
    expect(manifest).toMatchSnapshot();
    expect(Object.keys(tree)).toEqual(expect.arrayContaining(['src/index.ts', 'src/permissions.gen.ts', 'src/schema.gen.ts']));
  });

  it('matches the snapshot file by file', async () => {
    for (const [path, text] of Object.entries(tree)) {
      if (text.length <= INLINE_LIMIT && !COPIED.test(path)) await expect(text).toMatchFileSnapshot(`__snapshots__/mini/${path}.snap`);
    }
  });

  it('stamps every file that can hold a comment with the banner; only JSON and LICENSE go without', () => {
    for (const [path, text] of Object.entries(tree)) {
      if (commentStyleFor(path) === undefined) expect(path).toMatch(/(\.json|^LICENSE)$/);
      else expect(text, path).toContain('This file is generated: do not edit it by hand.');
    }
  });

  it('type-checks with tsc --strict', () => {
    const { status, output } = typeCheck(out, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 120_000);

  it('regenerating gives byte-identical output and --check passes', async () => {
    const again = await generate({ specPath: SPEC, outDir: out, check: true, regenerateCommand: 'npm run generate -- --spec generator/test/fixtures/mini/openapi.yaml' });
    expect(again.report.changed).toEqual([]);
    expect(again.report.added).toEqual([]);
    expect(again.report.removed.filter((p) => p !== 'tsconfig.check.json')).toEqual([]);
  }, 120_000);
});
