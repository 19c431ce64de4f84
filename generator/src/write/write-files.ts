import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { GeneratedFile } from '../emit/types.js';
import { planWrite, type WriteOptions, type WriteReport } from './plan.js';
import { swapInto, type FaultHook } from './swap.js';
import { DEFAULT_IGNORE, readTree } from './tree.js';

export type { WriteOptions, WriteReport } from './plan.js';

/**
 * The only code that writes generated output. Builds the whole new tree in a temp folder beside `outDir`,
 * then swaps it in by renames (see `swapInto`): a failure at any point leaves `outDir` exactly as it was.
 * Stale files are removed, ignored entries (`node_modules`, `dist`) carried over untouched, and when nothing
 * changed nothing is touched at all (so watchers and build caches stay quiet).
 */
export async function writeFiles(files: GeneratedFile[], options: WriteOptions, fault: FaultHook = () => {}): Promise<WriteReport> {
  const outDir = resolve(options.outDir);
  const ignore = options.ignore ?? DEFAULT_IGNORE;
  const current = await readTree(outDir, ignore);
  const { tree, report } = planWrite(files, current, options, ignore);
  if (report.changed.length === 0 && report.added.length === 0 && report.removed.length === 0) return report;
  await mkdir(dirname(outDir), { recursive: true });
  const tempDir = join(dirname(outDir), `.${basename(outDir)}.tmp-${process.pid}-${Date.now().toString(36)}`);
  try {
    await mkdir(tempDir);
    for (const [path, contents] of tree) {
      fault(`write:${path}`);
      await mkdir(dirname(join(tempDir, path)), { recursive: true });
      await writeFile(join(tempDir, path), contents);
    }
  } catch (error) {
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  const carried = (await readdir(outDir).catch(() => [] as string[])).filter((name) => ignore.includes(name)).sort();
  await swapInto(tempDir, outDir, carried, fault);
  return report;
}

/** `--check`: what a write would change, without writing. Up to date when every list but `unchanged` is empty. */
export async function checkFiles(files: GeneratedFile[], options: WriteOptions): Promise<WriteReport> {
  const ignore = options.ignore ?? DEFAULT_IGNORE;
  const current = await readTree(resolve(options.outDir), ignore);
  return planWrite(files, current, options, ignore).report;
}
