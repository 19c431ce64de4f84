import { emitClient } from './client/index.js';
import { emitDocs } from './docs/index.js';
import { emitIndexFile } from './index-file/index.js';
import { emitPackage } from './package/index.js';
import { emitPermissions } from './permissions/index.js';
import { emitSchema } from './schema/index.js';
import type { EmitContext, Emitter, GeneratedFile } from './types.js';
import type { ApiModel } from '../model/types.js';

/** An emitter with the name `--only` selects it by, and the output paths it owns. */
export interface EmitterEntry {
  name: string;
  emit: Emitter;
  /**
   * Output path prefixes this emitter owns (relative to `--out`, POSIX): with `--only`, the writer replaces
   * and prunes only the selected emitters' files. A prefix ending in `/` is a folder, otherwise one file.
   * Earlier entries win; files no prefix claims belong to the package emitter (README, package.json, …),
   * so a new file from it needs no change here.
   */
  owns: string[];
}

/**
 * Every emitter, in the order they start. Docs comes first: it renders with Redoc in a child process, so
 * started first it runs on the second core while the others run here (see `emitAll`).
 */
export const EMITTERS: EmitterEntry[] = [
  { name: 'docs', emit: emitDocs, owns: ['docs/'] },
  { name: 'schema', emit: emitSchema, owns: ['src/schema.gen.ts'] },
  { name: 'permissions', emit: emitPermissions, owns: ['src/permissions.gen.ts'] },
  { name: 'index-file', emit: emitIndexFile, owns: ['src/index.ts'] },
  { name: 'client', emit: emitClient, owns: ['src/'] },
  { name: 'package', emit: emitPackage, owns: [] },
];

/** The name of the emitter that owns an output path (see `EmitterEntry.owns`). */
export function ownerOf(path: string): string {
  const owner = EMITTERS.find((e) => e.owns.some((prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix)));
  return owner?.name ?? 'package';
}

/** The entries named in `--only` (all when `names` is undefined); unknown names are an error. */
export function selectEmitters(names: string[] | undefined): EmitterEntry[] {
  if (!names) return EMITTERS;
  const unknown = names.filter((n) => !EMITTERS.some((e) => e.name === n));
  if (unknown.length > 0) {
    throw new Error(`unknown emitter(s) ${unknown.join(', ')}: choose from ${EMITTERS.map((e) => e.name).join(', ')}`);
  }
  return EMITTERS.filter((e) => names.includes(e.name));
}

/**
 * Runs emitters concurrently: each is started in registry order and all are awaited together, so an emitter
 * waiting on a child process (docs renders with Redoc in one) overlaps with the CPU work of the others on the
 * second core. After starting an emitter that returned a pending promise, the event loop runs until no file
 * operation is in flight (at most 2 s), so its set-up (temp files) reaches the child process before the
 * synchronous emitters hold the thread for seconds. Files come back in registry order (the writer sorts
 * them anyway): output never depends on timing.
 */
export async function emitAll(model: ApiModel, ctx: EmitContext, entries: EmitterEntry[] = EMITTERS): Promise<GeneratedFile[]> {
  const pending: Promise<GeneratedFile[]>[] = [];
  for (const entry of entries) {
    const result = Promise.resolve().then(() => entry.emit(model, ctx));
    pending.push(result);
    if (entry !== entries[entries.length - 1]) await settleFileWork(result);
  }
  return (await Promise.all(pending)).flat();
}

/** Turns the event loop while `promise` is pending and file-system requests are in flight (bounded). */
async function settleFileWork(promise: Promise<unknown>, maxMs = 2_000): Promise<void> {
  let done = false;
  void promise.then(() => (done = true), () => (done = true));
  const deadline = performance.now() + maxMs;
  while (!done && performance.now() < deadline) {
    await new Promise((resolve) => setImmediate(resolve));
    if (!process.getActiveResourcesInfo().some((r) => r.startsWith('FSReq') || r.startsWith('FileHandle') || r === 'CloseReq')) break;
  }
}
