/**
 * The few raw-document reads the diff needs beyond the model: an operation's request and success-response
 * schemas (the model records that they exist, not their shape). Everything else comes from the model.
 */
import type { ApiModel, OperationModel } from '../../generator/src/model/types.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` chain (`#/components/requestBodies/…`) to the object it names. */
function deref(doc: Json, value: unknown, depth = 0): Json | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.$ref !== 'string' || !value.$ref.startsWith('#/') || depth > 20) return value;
  let node: unknown = doc;
  for (const part of value.$ref.slice(2).split('/')) {
    node = isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return deref(doc, node, depth + 1);
}

function operationNode(model: ApiModel, op: OperationModel): Json | undefined {
  const paths = deref(model.document, model.document.paths);
  const item = deref(model.document, paths?.[op.path]);
  return deref(model.document, item?.[op.method]);
}

function schemaOf(doc: Json, holder: Json | undefined, contentType: string | undefined): unknown {
  const content = deref(doc, holder?.content);
  if (!content || contentType === undefined) return undefined;
  return deref(doc, content[contentType])?.schema;
}

/** The request body schema of the model's chosen media type, if any. */
export function requestSchema(model: ApiModel, op: OperationModel): unknown {
  const node = operationNode(model, op);
  return schemaOf(model.document, deref(model.document, node?.requestBody), op.body?.contentType);
}

/** The success response's schema (`op.successStatus`), if any. */
export function responseSchema(model: ApiModel, op: OperationModel): unknown {
  const node = operationNode(model, op);
  const responses = deref(model.document, node?.responses);
  const success = op.responses.find((r) => r.status === op.successStatus);
  return schemaOf(model.document, deref(model.document, responses?.[op.successStatus]), success?.contentType);
}
