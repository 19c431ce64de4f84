import { emitClient } from './client/index.js';
import { emitDocs } from './docs/index.js';
import { emitIndexFile } from './index-file/index.js';
import { emitPackage } from './package/index.js';
import { emitPermissions } from './permissions/index.js';
import { emitSchema } from './schema/index.js';
import type { Emitter } from './types.js';

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

/** Every emitter, in the order they run. */
export const EMITTERS: EmitterEntry[] = [
  { name: 'schema', emit: emitSchema, owns: ['src/schema.gen.ts'] },
  { name: 'permissions', emit: emitPermissions, owns: ['src/permissions.gen.ts'] },
  { name: 'index-file', emit: emitIndexFile, owns: ['src/index.ts'] },
  { name: 'docs', emit: emitDocs, owns: ['docs/'] },
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
