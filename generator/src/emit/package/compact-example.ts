/**
 * The quick start's short form of a request example. Braze's examples show every kind of field (users.track's
 * is ~90 lines), which buries the call a reader came for; the quick start shows a compact copy and links the full
 * example further down the README.
 */

/** How much of an example the compact form keeps. */
export interface CompactLimits {
  /** Elements kept of each array (the first ones). */
  items: number;
  /** Entries kept of each nested object (the first ones, in the example's order). */
  keys: number;
}

const DEFAULT_LIMITS: CompactLimits = { items: 1, keys: 3 };

function compactValue(value: unknown, limits: CompactLimits): unknown {
  if (Array.isArray(value)) return value.slice(0, limits.items).map((v) => compactValue(v, limits));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).slice(0, limits.keys);
  return Object.fromEntries(entries.map(([k, v]) => [k, compactValue(v, limits)]));
}

/**
 * `example` (a request body's fields) cut down: at the top, the `required` fields, or the first field when none
 * is required (every other top-level field may be left out); below, the first elements of arrays and the first
 * entries of objects, as the example orders them (which puts identifiers first in Braze's). Nested required
 * fields are not known here, so an example whose objects need a field after the first few keeps it only if it
 * comes early; the package's smoke test type-checks the README's blocks.
 */
export function compactExample(example: Record<string, unknown>, required: readonly string[], limits = DEFAULT_LIMITS): Record<string, unknown> {
  const keys = Object.keys(example);
  const kept = required.length > 0 ? keys.filter((k) => required.includes(k)) : keys.slice(0, 1);
  return Object.fromEntries(kept.map((k) => [k, compactValue(example[k], limits)]));
}
