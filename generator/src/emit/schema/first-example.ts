/**
 * openapi-typescript prints a media type's single `example` as `@example` in the JSDoc of its type, but not
 * its named `examples`. A request body with named examples (Braze's spec shows each documented request variant
 * as one) would then lose that help in editors, so on the schema emitter's copy of the document each request
 * media type that has named examples and no `example` gets its first usable named example's value as `example`
 * (the one the docs and code samples also show first). Responses are left as they are: their examples can be
 * large (GitHub's would grow its types file from 6.5 to 11 MB), and a caller reads responses, not writes them.
 */
import { deref, isObject, type Json } from '../../model/refs.js';

/** Sets `example` from the first named example on every media type of `holder.content`. */
function fillContent(doc: Json, holder: unknown): void {
  const content = isObject(holder) && isObject(holder.content) ? holder.content : {};
  for (const media of Object.values(content)) {
    if (!isObject(media) || media.example !== undefined || !isObject(media.examples)) continue;
    // A `value` that is itself `{ $ref }` is a literal by the letter of OpenAPI but a slip by intent (GitHub's
    // spec has some): it would print as a useless `{ "$ref": … }`, so such examples are passed over.
    const values = Object.values(media.examples).map((e) => deref(doc, e)?.value);
    const first = values.find((v) => v !== undefined && !(isObject(v) && '$ref' in v));
    if (first !== undefined) media.example = first;
  }
}

/** Gives every request body with named examples its first usable one as `example`, in place. */
export function withFirstNamedExamples<T extends object>(document: T): T {
  const doc = document as Json;
  const components = isObject(doc.components) ? doc.components : {};
  const holders: unknown[] = Object.values(isObject(components.requestBodies) ? components.requestBodies : {});
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
    for (const op of Object.values(isObject(item) ? item : {})) {
      if (!isObject(op)) continue;
      holders.push(op.requestBody);
    }
  }
  for (const holder of holders) fillContent(doc, holder);
  return document;
}
