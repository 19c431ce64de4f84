/**
 * Test support: emits the client for a spec into a temporary folder together with the files it imports
 * (schema types, permissions, index, from the core emitters) and a strict tsconfig, so tests can
 * type-check and import the output exactly as users get it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadSpec } from '../../../load/load-spec.js';
import { buildModel } from '../../../model/build-model.js';
import type { ApiModel } from '../../../model/types.js';
import { emitIndexFile } from '../../index-file/index.js';
import { emitPermissions } from '../../permissions/index.js';
import { emitSchema } from '../../schema/index.js';
import type { GeneratedFile } from '../../types.js';
import { emitClient } from '../index.js';

const ROOT = resolve(import.meta.dirname, '../../../../..');

/** The model of a spec file (path relative to the repository root or absolute). */
export async function modelOf(spec: string): Promise<ApiModel> {
  const loaded = await loadSpec(resolve(ROOT, spec));
  return buildModel(loaded.bundled, loaded.sourceMap, loaded.specPath);
}

/** A strict tsconfig like the generated package's, resolving `@types/node` from the repository. */
export function strictTsconfig(): GeneratedFile {
  return {
    path: 'tsconfig.json',
    contents: JSON.stringify({
      compilerOptions: {
        target: 'ES2022', lib: ['ES2022', 'DOM'], types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')],
        strict: true, noUncheckedIndexedAccess: true, skipLibCheck: true, module: 'NodeNext', moduleResolution: 'NodeNext',
        isolatedModules: true, noEmit: true,
      },
      include: ['src'],
    }),
  };
}

/** Emits everything the client needs into a new temporary folder and returns its path. */
export async function emitPackage(model: ApiModel, extra: GeneratedFile[] = []): Promise<string> {
  const ctx = { regenerateCommand: 'npm run generate' };
  const files = [
    ...(await emitClient(model, ctx)), ...(await emitSchema(model, ctx)), ...(await emitPermissions(model, ctx)),
    ...(await emitIndexFile(model, ctx)), strictTsconfig(), ...extra,
  ];
  const dir = mkdtempSync(join(tmpdir(), 'client-emit-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.contents);
  }
  return dir;
}

/** Runs `tsc --noEmit -p <dir>` and returns its diagnostics ('' when clean). */
export async function typeCheck(dir: string): Promise<string> {
  const { execFile } = await import('node:child_process');
  return new Promise((done) => {
    execFile(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { maxBuffer: 1 << 26 }, (_e, stdout, stderr) => done(`${stdout}${stderr}`.trim()));
  });
}

/**
 * `generated/src/index.ts` when `generated/` holds exactly what the client emitter makes from `model` now
 * (the writer only adds a banner in front), else undefined: tests and benchmarks then emit a fresh copy
 * instead of measuring a stale one.
 */
export async function freshGeneratedEntry(model: ApiModel): Promise<string | undefined> {
  const out = join(ROOT, 'generated');
  if (!existsSync(join(out, 'src/index.ts'))) return undefined;
  const files = await emitClient(model, { regenerateCommand: 'npm run generate' });
  const fresh = files.every((f) => existsSync(join(out, f.path)) && readFileSync(join(out, f.path), 'utf8').endsWith(f.contents));
  return fresh ? join(out, 'src/index.ts') : undefined;
}
