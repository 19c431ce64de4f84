/**
 * Helpers for reading parsed JSON/YAML loosely, shared by every stage. They live below the stages
 * (load → model → emit → write) so that a lower stage never imports a higher one to get them
 * (`generator/test/layers.test.ts` checks this).
 */

/** A JSON object from the document, typed loosely: the code reading it checks every field it uses. */
export type Json = Record<string, unknown>;

/** True for plain objects (not arrays, not null). */
export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
