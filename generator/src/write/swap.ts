import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Test hook: called before each step of a write; throwing simulates a crash at that point. */
export type FaultHook = (step: string) => void;

/**
 * Replaces `outDir` by the complete tree in `tempDir` with renames, carrying the ignored top-level entries
 * (e.g. `node_modules`) over from the old folder. If any step fails, every rename done so far is undone, so
 * `outDir` is exactly as it was; the temp folder is removed either way.
 */
export async function swapInto(tempDir: string, outDir: string, carried: string[], fault: FaultHook): Promise<void> {
  const backup = `${tempDir}.old`;
  const undo: (() => Promise<void>)[] = [];
  try {
    if (await exists(outDir)) {
      fault('swap:backup');
      await rename(outDir, backup);
      undo.push(() => rename(backup, outDir));
    }
    fault('swap:install');
    await rename(tempDir, outDir);
    undo.push(() => rename(outDir, tempDir));
    for (const name of carried) {
      fault(`swap:carry:${name}`);
      await rename(join(backup, name), join(outDir, name));
      undo.push(() => rename(join(outDir, name), join(backup, name)));
    }
  } catch (error) {
    for (const step of undo.reverse()) await step();
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  await rm(backup, { recursive: true, force: true });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
