import { splitPointer } from './source-map.js';

type Json = Record<string, unknown>;

/** A `$ref` that names one whole component: the only kind the emitters turn into a type name. */
const WHOLE_COMPONENT = /^#\/components\/[^/]+\/[^/]+$/;

/** Keys whose values are literal data, never OpenAPI objects: a `$ref` inside them is not a reference. */
const LITERAL = new Set(['example', 'enum', 'const', 'default']);

/**
 * Replaces every local `$ref` that points inside a component or an operation
 * (`#/components/schemas/Tag/allOf/0`, `#/components/parameters/p/schema`, `#/paths/~1a/get/...`) with a
 * copy of what it points to; the reference's own siblings (`description`, `summary`) win over the copy's.
 * Such references are valid OpenAPI (PagerDuty's published description has hundreds), but openapi-typescript
 * writes them as indexed types (`components["schemas"]["Tag"]["allOf"]["0"]`) that do not compile, and a
 * pointer that crosses another `$ref` (Redocly writes such pointers) does not resolve for it at all. This
 * function follows `$ref`s met along a pointer. A reference whose copy would contain itself is left as it
 * is. Works in place (every load parses afresh) and returns how many references it replaced; a document
 * without such references is only read.
 */
export function inlineDeepRefs(doc: Json): number {
  let replaced = 0;
  const visit = (node: unknown, expanding: readonly string[]): unknown => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = visit(node[i], expanding);
      return node;
    }
    if (node === null || typeof node !== 'object') return node;
    const obj = node as Json;
    const ref = obj.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/') && !WHOLE_COMPONENT.test(ref) && !expanding.includes(ref)) {
      const target = resolvePointer(doc, ref);
      if (target !== null && typeof target === 'object') {
        const { $ref: _, ...siblings } = obj;
        replaced++;
        const copy = structuredClone(target) as Json;
        return visit(Array.isArray(copy) ? copy : { ...copy, ...siblings }, [...expanding, ref]);
      }
    }
    for (const key in obj) {
      if (!LITERAL.has(key) && !key.startsWith('x-')) {
        const value = obj[key];
        if (value !== null && typeof value === 'object') obj[key] = visit(value, expanding);
      }
    }
    return obj;
  };
  visit(doc, []);
  return replaced;
}

/** The node at a local pointer, following any `$ref` met on the way (cycles give `undefined`). */
export function resolvePointer(doc: Json, pointer: string, seen: ReadonlySet<string> = new Set()): unknown {
  if (seen.has(pointer)) return undefined;
  const followed = new Set(seen).add(pointer);
  let node: unknown = doc;
  for (const seg of splitPointer(pointer)) {
    node = followRefs(doc, node, followed);
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Json)[seg];
  }
  return node;
}

function followRefs(doc: Json, node: unknown, seen: ReadonlySet<string>): unknown {
  const ref = (node as Json | null)?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#')) return node;
  return seen.has(ref) ? undefined : followRefs(doc, resolvePointer(doc, ref, seen), new Set(seen).add(ref));
}
