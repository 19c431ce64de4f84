import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve('generator/src');

/**
 * The stages in pipeline order, with the helpers every stage may use below them. A file may import from its
 * own layer or a lower one, never a higher one: the load stage works without the model, the model without
 * any emitter, the emitters without the writer (STYLE.md's stage contracts).
 */
const LAYERS = ['shared', 'load', 'model', 'emit', 'write'] as const;

/** Every source file under `dir`, tests included (a stage's test is part of the stage). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The layer of a path under `generator/src`; `undefined` outside the layer folders (cli.ts, launch.mjs, …). */
function layerOf(path: string): number | undefined {
  const index = LAYERS.indexOf(relative(SRC, path).split(sep)[0] as (typeof LAYERS)[number]);
  return index < 0 ? undefined : index;
}

/**
 * The relative imports of one file that climb a layer, as `file → target`. TypeScript's own pre-processor
 * lists them (static imports, `import type`, re-exports and dynamic `import()`), so no form is missed.
 */
function upwardImports(path: string, text: string): string[] {
  const from = layerOf(path);
  if (from === undefined) return [];
  return ts.preProcessFile(text, true, true).importedFiles
    .filter(({ fileName }) => fileName.startsWith('.'))
    .map(({ fileName }) => resolve(dirname(path), fileName))
    .filter((target) => (layerOf(target) ?? -1) > from)
    .map((target) => `${relative(SRC, path)} → ${relative(SRC, target)}`);
}

describe('generator layers: a stage imports only its own layer or lower ones', () => {
  it('no file under generator/src imports a later stage (load never imports the model, …)', () => {
    const files = sourceFiles(SRC);
    expect(files.filter((f) => layerOf(f) === 1).length).toBeGreaterThan(5);
    expect(files.flatMap((f) => upwardImports(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('catches every import form that climbs, and allows the ones that do not', () => {
    const probe = join(SRC, 'load', 'probe.ts');
    const text = [
      "import type { SourceLocation } from '../model/types.js';",
      "export { isObject } from '../model/refs.js';",
      "const later = () => import('../emit/index.js');",
      "import {\n  writeFiles,\n} from '../write/index.js';",
      "import { isObject as ok } from '../shared/json.js';",
      "import { SpecError } from './spec-error.js';",
      "import { hashParts } from '../build-cache.mjs';",
      "import { parse } from 'yaml';",
    ].join('\n');
    expect(upwardImports(probe, text)).toEqual([
      'load/probe.ts → model/types.js',
      'load/probe.ts → model/refs.js',
      'load/probe.ts → emit/index.js',
      'load/probe.ts → write/index.js',
    ]);
    expect(upwardImports(join(SRC, 'write', 'probe.ts'), text)).toEqual([]);
  });
});
