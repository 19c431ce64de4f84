import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stampFile } from '../src/write/stamp.js';
import { checkFiles, writeFiles, type WriteOptions } from '../src/write/write-files.js';
import { makeTempDir, snapshotTree } from './helpers/tree.js';

const BANNER = '// This file is generated: do not edit it by hand.\n// Source: spec/openapi.yaml\n// Regenerate: npm run generate\n';

function options(outDir: string, extra: Partial<WriteOptions> = {}): WriteOptions {
  return { outDir, specPath: 'spec/openapi.yaml', regenerateCommand: 'npm run generate', ...extra };
}

/** An output folder as a previous run left it, with an installed node_modules beside the generated files. */
function previousOutput(): string {
  const out = join(makeTempDir('writer'), 'generated');
  mkdirSync(join(out, 'src'), { recursive: true });
  mkdirSync(join(out, 'node_modules/dep'), { recursive: true });
  writeFileSync(join(out, 'src/a.ts'), `${BANNER}\nexport const a = 1;\n`);
  writeFileSync(join(out, 'src/stale.ts'), `${BANNER}\nexport const stale = 1;\n`);
  writeFileSync(join(out, 'node_modules/dep/index.js'), 'module.exports = 1;\n');
  return out;
}

const NEXT = [
  { path: 'src/b.ts', contents: 'export const b = 2;\r\n' },
  { path: 'src/a.ts', contents: 'export const a = 1;' },
  { path: 'docs/index.html', contents: '<!DOCTYPE html>\n<html></html>' },
];

describe('stampFile', () => {
  it.each([
    ['x.ts', 'const x = 1;', `${BANNER}\nconst x = 1;\n`],
    ['bin.js', '#!/usr/bin/env node\nrun();', `#!/usr/bin/env node\n${BANNER}\nrun();\n`],
    ['a.yaml', 'a: 1', '# This file is generated: do not edit it by hand.\n# Source: spec/openapi.yaml\n# Regenerate: npm run generate\n\na: 1\n'],
    ['package.json', '{"a":1}', '{"a":1}\n'],
  ])('%s', (path, contents, want) => expect(stampFile({ path, contents }, 'spec/openapi.yaml', 'npm run generate').contents).toBe(want));

  it('puts the HTML banner after the doctype', () => {
    const html = stampFile({ path: 'docs/index.html', contents: '<!DOCTYPE html>\n<html></html>' }, 'spec/openapi.yaml', 'npm run generate').contents;
    expect(html.startsWith('<!DOCTYPE html>\n<!--\n  This file is generated')).toBe(true);
  });
});

describe('writeFiles', () => {
  it('writes, removes stale files, keeps ignored folders, and reports what changed', async () => {
    const out = previousOutput();
    const report = await writeFiles(NEXT, options(out));
    expect(report).toEqual({ changed: [], added: ['docs/index.html', 'src/b.ts'], unchanged: ['src/a.ts'], removed: ['src/stale.ts'] });
    const tree = snapshotTree(out);
    expect(Object.keys(tree)).toEqual(['docs/index.html', 'node_modules/dep/index.js', 'src/a.ts', 'src/b.ts']);
    expect(tree['src/b.ts']).toBe(`${BANNER}\nexport const b = 2;\n`);
  });

  it('is deterministic and touches nothing when nothing changed', async () => {
    const out = previousOutput();
    await writeFiles(NEXT, options(out));
    const first = snapshotTree(out);
    const again = await writeFiles([...NEXT].reverse(), options(out));
    expect(again.added.length + again.changed.length + again.removed.length).toBe(0);
    expect(snapshotTree(out)).toEqual(first);
  });

  it('with `manages`, leaves files it does not manage alone', async () => {
    const out = previousOutput();
    await writeFiles([{ path: 'docs/index.html', contents: '<html></html>' }], options(out, { manages: (p) => p.startsWith('docs/') }));
    expect(Object.keys(snapshotTree(out))).toEqual(['docs/index.html', 'node_modules/dep/index.js', 'src/a.ts', 'src/stale.ts']);
  });

  it('refuses duplicate and escaping paths before touching anything', async () => {
    const out = previousOutput();
    const before = snapshotTree(out);
    await expect(writeFiles([NEXT[0]!, NEXT[0]!], options(out))).rejects.toThrow(/same file: src\/b\.ts/);
    await expect(writeFiles([{ path: '../x.ts', contents: '' }], options(out))).rejects.toThrow(/invalid output path/);
    expect(snapshotTree(out)).toEqual(before);
  });

  it.each(['write:src/a.ts', 'write:src/b.ts', 'swap:backup', 'swap:install', 'swap:carry:node_modules'])(
    'a failure at %s leaves the output folder exactly as it was',
    async (failAt) => {
      const out = previousOutput();
      const before = snapshotTree(out);
      const fault = (step: string): void => {
        if (step === failAt) throw new Error(`injected failure at ${step}`);
      };
      await expect(writeFiles(NEXT, options(out), fault)).rejects.toThrow(`injected failure at ${failAt}`);
      expect(snapshotTree(out)).toEqual(before);
      expect(snapshotTree(join(out, '..'))).toEqual(Object.fromEntries(Object.entries(before).map(([k, v]) => [`generated/${k}`, v])));
    },
  );
});

describe('checkFiles (--check)', () => {
  it('lists stale, missing and extra files and writes nothing', async () => {
    const out = previousOutput();
    writeFileSync(join(out, 'src/a.ts'), 'edited by hand\n');
    const before = snapshotTree(out);
    const report = await checkFiles(NEXT, options(out));
    expect(report).toEqual({ changed: ['src/a.ts'], added: ['docs/index.html', 'src/b.ts'], unchanged: [], removed: ['src/stale.ts'] });
    expect(snapshotTree(out)).toEqual(before);
  });

  it('reports an up-to-date folder as such', async () => {
    const out = previousOutput();
    await writeFiles(NEXT, options(out));
    const report = await checkFiles(NEXT, options(out));
    expect(report.changed.length + report.added.length + report.removed.length).toBe(0);
    expect(report.unchanged).toEqual(['docs/index.html', 'src/a.ts', 'src/b.ts']);
  });
});
