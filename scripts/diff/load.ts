/**
 * Loads a spec for comparison through the generator's own stages (`loadSpec` then `buildModel`), so the
 * diff sees exactly the operations, permissions and input names the generated package is built from.
 * A git ref is read by extracting the ref's spec folder with `git archive` into a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { loadSpec } from '../../generator/src/load/load-spec.js';
import { buildModel } from '../../generator/src/model/build-model.js';
import type { ApiModel } from '../../generator/src/model/types.js';

/** Loads and models the spec at `specPath`. */
export async function loadModel(specPath: string): Promise<ApiModel> {
  const loaded = await loadSpec(specPath);
  return buildModel(loaded.bundled, loaded.sourceMap, specPath);
}

/** The repository root containing `cwd`. */
export function gitRoot(cwd = process.cwd()): string {
  return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
}

/**
 * Loads `specPath` (a path in the working tree, e.g. `spec/openapi.yaml`) as it was at `ref`: the folder
 * holding it is extracted from git into a temporary folder, which is removed afterwards.
 */
export async function loadModelAtRef(ref: string, specPath: string, cwd = process.cwd()): Promise<ApiModel> {
  const root = gitRoot(cwd);
  const inRepo = relative(root, resolve(cwd, specPath)).split('\\').join('/');
  if (inRepo.startsWith('..')) throw new Error(`${specPath} is outside the git repository ${root}`);
  const folder = inRepo.includes('/') ? inRepo.slice(0, inRepo.indexOf('/')) : '.';
  const temp = mkdtempSync(join(tmpdir(), 'spec-diff-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', ref, '--', folder], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', temp], { input: archive });
    const model = await loadModel(join(temp, inRepo));
    return { ...model, specPath: `${ref}:${inRepo}` };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
