import { emitDocs, warmDocs } from './docs/index.js';
import { emitIndexFile } from './index-file/index.js';
import { emitPackage } from './package/index.js';
import { emitSchema } from './schema/index.js';
import type { EmitContext, Emitter, GeneratedFile } from './types.js';
import type { ApiModel } from '../model/types.js';

/**
 * An emitter whose module is imported on its first call. The client and permissions emitters load ts-morph,
 * and with it a 9 MB TypeScript compiler (~0.25 s): imported lazily, that happens after the spec is loaded
 * and handed to the docs worker, not before, so the docs render (the longest path) starts that much sooner.
 */
function lazy(load: () => Promise<Emitter>): Emitter {
  let loaded: Promise<Emitter> | undefined;
  return async (model, ctx) => (await (loaded ??= load()))(model, ctx);
}

const emitClient = lazy(async () => (await import('./client/index.js')).emitClient);
const emitAudit = lazy(async () => (await import('./audit/index.js')).emitAudit);
const emitPermissions = lazy(async () => (await import('./permissions/index.js')).emitPermissions);

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
  /**
   * Starts slow set-up work in the background (loading a renderer on another thread) before the spec is even
   * loaded, so it overlaps with the load and model stages. Called only when the emitter is selected.
   */
  prepare?: () => void;
}

/**
 * Every emitter, in the order they start. Docs comes first: it renders with Redoc in a worker thread, so
 * started first it runs on the second core while the others run here (see `emitAll`).
 */
export const EMITTERS: EmitterEntry[] = [
  { name: 'docs', emit: emitDocs, owns: ['docs/'], prepare: warmDocs },
  { name: 'schema', emit: emitSchema, owns: ['src/schema.gen.ts'] },
  { name: 'permissions', emit: emitPermissions, owns: ['src/permissions.gen.ts'] },
  { name: 'index-file', emit: emitIndexFile, owns: ['src/index.ts'] },
  { name: 'audit', emit: emitAudit, owns: ['src/audit/'] },
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
 * waiting on another thread (docs renders Redoc in a worker) overlaps with the CPU work of the others. Files
 * come back in registry order (the writer sorts them anyway): output never depends on timing. `onDone`, when
 * given, hears each emitter's name and the milliseconds from its start to its files, time spent running the
 * others in between included (for `--timings`).
 */
export async function emitAll(
  model: ApiModel,
  ctx: EmitContext,
  entries: EmitterEntry[] = EMITTERS,
  onDone?: (name: string, ms: number) => void,
): Promise<GeneratedFile[]> {
  const pending = entries.map(async (entry) => {
    await Promise.resolve();
    const started = performance.now();
    const files = await entry.emit(model, ctx);
    onDone?.(entry.name, performance.now() - started);
    return files;
  });
  return (await Promise.all(pending)).flat();
}
