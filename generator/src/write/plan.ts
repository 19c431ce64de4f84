import type { GeneratedFile } from '../emit/types.js';
import { normaliseFiles, stampFile } from './stamp.js';
import { isIgnored } from './tree.js';

/** How the writer is told what to write and what it may touch. */
export interface WriteOptions {
  outDir: string;
  /** The spec path for the banner, as the user gave it. */
  specPath: string;
  /** The banner's "how to regenerate" command. */
  regenerateCommand: string;
  /**
   * Which existing files this run is responsible for (default: all). With `--only docs`, only the docs
   * emitter's files are replaced or removed; everything else in the folder is kept byte for byte.
   */
  manages?: (path: string) => boolean;
  /** Top-level entries never read, replaced or removed (default `DEFAULT_IGNORE`). */
  ignore?: readonly string[];
}

/** What a write did (or, for `--check`, would do), as sorted path lists. */
export interface WriteReport {
  changed: string[];
  added: string[];
  unchanged: string[];
  removed: string[];
}

/** The complete tree the output folder should hold, and how it differs from the current one. */
export interface WritePlan {
  tree: Map<string, string | Buffer>;
  report: WriteReport;
}

/**
 * Compares the new files with the current tree: managed files are replaced or removed, unmanaged ones kept.
 * Pure, so `--check` and the real write agree by construction.
 */
export function planWrite(files: GeneratedFile[], current: Map<string, Buffer>, options: WriteOptions, ignore: readonly string[]): WritePlan {
  const manages = options.manages ?? (() => true);
  const stamped = normaliseFiles(files).map((f) => stampFile(f, options.specPath, options.regenerateCommand));
  const tree = new Map<string, string | Buffer>();
  const report: WriteReport = { changed: [], added: [], unchanged: [], removed: [] };
  for (const file of stamped) {
    if (isIgnored(file.path, ignore)) throw new Error(`an emitter wrote into an ignored folder: ${file.path}`);
    tree.set(file.path, file.contents);
    const old = current.get(file.path);
    if (old === undefined) report.added.push(file.path);
    else if (old.equals(Buffer.from(file.contents, 'utf8'))) report.unchanged.push(file.path);
    else report.changed.push(file.path);
  }
  for (const [path, contents] of current) {
    if (tree.has(path)) continue;
    if (manages(path)) report.removed.push(path);
    else tree.set(path, contents);
  }
  report.removed.sort();
  return { tree: new Map([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), report };
}
