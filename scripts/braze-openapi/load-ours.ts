/**
 * Reads our spec through the generator's own stages (load: read, validate and bundle once; model: the
 * operations with their permissions, parameters and rate limits), so the comparison sees exactly what the
 * generated client and docs see. Body fields come from the bundled document's schemas.
 */
import { loadSpec } from '../../generator/src/load/load-spec.js';
import { buildModel } from '../../generator/src/model/build-model.js';
import { deref } from '../../generator/src/model/refs.js';
import type { OperationModel } from '../../generator/src/model/types.js';
import { isObject, type Json } from '../../generator/src/shared/json.js';
import { bodySchema } from './parse-peer.js';
import { rateLimitsInProse } from './prose.js';
import { schemaFields } from './schema-fields.js';
import type { OurOperation, OurSpec, RateLimitInfo } from './types.js';

/** Loads the spec at `specPath` (relative to the working directory); throws `SpecError` when it is invalid. */
export async function loadOurSpec(specPath: string): Promise<OurSpec> {
  const loaded = await loadSpec(specPath);
  const model = buildModel(loaded.bundled, loaded.sourceMap, specPath);
  const doc = loaded.bundled as Json;
  const defaultLimit = model.defaultRateLimit === undefined ? undefined : rateLimitsInProse(model.defaultRateLimit).find((l) => l.kind === 'limit');
  const spec: OurSpec = { operations: model.operations.map((op) => ourOperation(doc, op)) };
  if (defaultLimit) spec.defaultLimit = defaultLimit;
  return spec;
}

function ourOperation(doc: Json, op: OperationModel): OurOperation {
  const params = op.params
    .filter((p) => p.in !== 'path' && !(p.in === 'header' && /^(authorization|content-type|accept)$/i.test(p.name)))
    .map((p) => ({ name: p.name, in: p.in, required: p.required }));
  const ours: OurOperation = {
    operationId: op.operationId,
    method: op.method.toUpperCase(),
    path: op.path,
    file: op.location.file,
    permissions: op.permissions,
    auth: op.auth,
    rateLimit: rateLimitOf(op),
    params,
  };
  if (op.location.line !== undefined) ours.line = op.location.line;
  const item = isObject(doc.paths) ? deref(doc, doc.paths[op.path]) : undefined;
  const raw = item?.[op.method];
  const schema = isObject(raw) ? bodySchema(doc, raw.requestBody) : undefined;
  if (schema !== undefined) ours.body = schemaFields(doc, schema);
  return ours;
}

/** `x-rate-limit` as a limit; its absence is the default (`info.x-default-rate-limit`); no `limit` is no fixed limit. */
function rateLimitOf(op: OperationModel): RateLimitInfo {
  const own = op.rateLimit;
  if (!own) return { kind: 'default', text: 'no x-rate-limit' };
  if (own.limit === undefined || own.windowSeconds === undefined) return { kind: 'none', text: own.note ?? own.summary };
  return { kind: 'limit', limit: own.limit, windowSeconds: own.windowSeconds, text: own.summary };
}
