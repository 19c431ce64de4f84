/**
 * Builds and packs the generated package the way CI publishes it, and lints the tarball: publint on the
 * packed files, and `attw` (Are The Types Wrong) on the same tarball for every module resolution mode.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { REPO_ROOT } from './consumer-project.js';
import { NPM, run, runOk } from './run.js';

/** `node build.mjs` in the package, then `npm pack` into `destDir`; returns the tarball's path. */
export async function buildAndPack(packageDir: string, destDir: string): Promise<string> {
  await runOk(process.execPath, ['build.mjs'], packageDir);
  await runOk(NPM, ['pack', '--ignore-scripts', '--pack-destination', destDir], packageDir);
  const tarballs = readdirSync(destDir).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`expected one tarball in ${destDir}, found ${tarballs.join(', ') || 'none'}`);
  return join(destDir, tarballs[0] ?? '');
}

/** publint's messages for the tarball (suggestions included), formatted one per line. */
export async function lintTarball(tarball: string): Promise<string[]> {
  const bytes = readFileSync(tarball);
  const tarballBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: tarballBuffer }, level: 'suggestion', strict: true });
  return messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
}

/** Runs `attw` on the tarball; returns its exit code and report. */
export async function checkTypes(tarball: string): Promise<{ code: number | null; report: string }> {
  const attw = join(REPO_ROOT, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
  const result = await run(process.execPath, [attw, tarball, '--format', 'table-flipped', '--no-color'], REPO_ROOT);
  return { code: result.code, report: `${result.stdout}\n${result.stderr}` };
}
