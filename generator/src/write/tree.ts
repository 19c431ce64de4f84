import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Top-level entries of the output folder that the writer never reads, replaces or removes. */
export const DEFAULT_IGNORE: readonly string[] = ['node_modules', 'dist', '.git'];

/** True when `path` (relative, POSIX) lies under one of the ignored top-level entries. */
export function isIgnored(path: string, ignore: readonly string[]): boolean {
  const top = path.split('/')[0] ?? '';
  return ignore.includes(top);
}

/**
 * Every file under `dir` (relative POSIX paths → bytes, so kept files are copied exactly), skipping ignored top-level entries without
 * descending into them (an installed `node_modules` can hold tens of thousands of files). Empty when the
 * folder does not exist.
 */
export async function readTree(dir: string, ignore: readonly string[]): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(join(dir, rel), { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' && rel === '') return [];
      throw e;
    });
    for (const entry of entries) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (rel === '' && ignore.includes(entry.name)) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.set(path, await readFile(join(dir, path)));
    }
  }
  await walk('');
  return files;
}
