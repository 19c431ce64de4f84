import { splitPointer } from '../load/source-map.js';
import { isObject, type Json } from '../shared/json.js';

/** The loose JSON helpers, defined in `shared/` so the load stage can use them too. */
export { isObject, type Json };

/**
 * Follows local `$ref`s (`#/components/...`) in the bundled document until a non-reference node, so the
 * builders see parameters, bodies and responses whether they were written inline or shared. Cycles and
 * dangling references give `undefined` (validation has already refused dangling ones).
 */
export function deref(doc: Json, value: unknown): Json | undefined {
  let node = value;
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === 'string') {
    const ref = node.$ref;
    if (seen.has(ref) || !ref.startsWith('#')) return undefined;
    seen.add(ref);
    node = lookup(doc, ref);
  }
  return isObject(node) ? node : undefined;
}

/** The node at a local pointer, or `undefined`. */
export function lookup(doc: Json, pointer: string): unknown {
  let node: unknown = doc;
  for (const seg of splitPointer(pointer)) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Json)[seg];
  }
  return node;
}

/** A string field, or `undefined` when absent or not a string. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Code-unit order, independent of locale: the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
