/**
 * Builds each operation's flattened `input` from the spec's examples, the way a user would write it: path,
 * query and header parameters under their input names, body fields spread in (or `body` for non-object
 * bodies), with the model's renames applied.
 */
import type { OperationModel } from '../../src/model/types.js';
import { deref, sampleParameter, sampleSchema } from './sample.js';

type Json = Record<string, unknown>;

function rawOperation(doc: Json, op: OperationModel): { params: unknown[]; body?: Json } {
  const item = deref(doc, (doc.paths as Json)[op.path]);
  const operation = deref(doc, item[op.method]);
  return { params: [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])], body: operation.requestBody as Json | undefined };
}

/** A named request-body example of an operation. */
export interface RequestExample { name: string; value: unknown }

/**
 * Every request-body example of `op`, in spec order: the named `examples` of its media type (Braze documents
 * variants of many requests: by email or by phone, to listed users or to a connected audience), else its single
 * `example` under the name `example`. The model keeps only the first, so they are read from the bundled spec.
 */
export function requestExamples(doc: Json, op: OperationModel): RequestExample[] {
  if (!op.body) return [];
  const media = (deref(doc, rawOperation(doc, op).body).content as Json | undefined)?.[op.body.contentType] as Json | undefined;
  if (!media) return [];
  if (media.examples && typeof media.examples === 'object') {
    return Object.entries(media.examples as Json).map(([name, ex]) => ({ name, value: deref(doc, ex).value }));
  }
  return media.example === undefined ? [] : [{ name: 'example', value: media.example }];
}

/**
 * The input for `op`: every required parameter, optional ones that carry an example, and the body example
 * (`body`, else the operation's first).
 */
export function exampleInput(doc: Json, op: OperationModel, body: unknown = op.examples.request): Record<string, unknown> {
  const raw = rawOperation(doc, op);
  const input: Record<string, unknown> = {};
  for (const p of op.params) {
    const spec = raw.params.map((x) => deref(doc, x)).find((x) => x.name === p.name && x.in === p.in);
    const hasExample = spec !== undefined && (spec.example !== undefined || spec.examples !== undefined);
    if (p.required || hasExample) input[p.inputName] = sampleParameter(doc, spec ?? { schema: p.schema });
  }
  if (!op.body) return input;
  if (body === undefined) {
    const media = (deref(doc, raw.body).content as Json | undefined)?.[op.body.contentType] as Json | undefined;
    body = sampleSchema(doc, media?.schema ?? {});
  }
  if (op.body.kind === 'other') {
    input.body = body;
  } else {
    Object.assign(input, body); // (body fields keep their names: flattening only renames parameters)
  }
  return input;
}
