/**
 * The document Redoc renders: a copy of `model.document` (the bundled spec, never modified) decorated from
 * the model. Each operation gets the permission, rate-limit and state lines at the top of its description,
 * `x-badges`, and `x-codeSamples` printed from the model; the root gets `x-tagGroups` from `model.tagGroups`
 * and the introduction as `info.description`.
 */
import type { ApiModel, OperationModel } from '../../model/types.js';
import { codeSamples, type SampleAuth, type SampleOptions } from './code-sample.js';
import type { DocsOptions } from './docs-options.js';
import { decoratedDescription, operationBadges } from './operation-notes.js';

type Json = Record<string, unknown>;

/** The sample settings for a model: the package's names and the model's first instance. */
export function sampleOptionsFor(model: ApiModel, options: DocsOptions): SampleOptions {
  const instance = model.instances[0]?.name;
  return {
    packageName: model.packageName,
    clientFactory: options.clientFactory,
    clientVariable: options.clientVariable,
    ...(instance ? { instance } : {}),
  };
}

/**
 * The credentials of an operation that does not use the catalogue (API-key) scheme: placeholders named after
 * its bearer scheme and header schemes (SCIM: `'<ScimToken>'` and `X-Request-Origin`). `undefined` for
 * operations that take the API key, or no authentication.
 */
export function sampleAuthFor(op: OperationModel, model: ApiModel): SampleAuth | undefined {
  const first = op.security[0];
  if (!first) return undefined;
  const schemes = Object.keys(first.schemes).map((name) => model.securitySchemes.find((s) => s.name === name));
  if (schemes.some((s) => !s || s.hasCatalogue)) return undefined;
  const bearer = schemes.find((s) => s?.type === 'http');
  const headers: Record<string, string> = {};
  for (const s of schemes) if (s?.type === 'apiKey' && s.in === 'header' && s.paramName) headers[s.paramName] = `'<${s.paramName}>'`;
  return { apiKey: bearer ? `'<${bearer.name}>'` : 'process.env.BRAZE_API_KEY!', headers };
}

/** The operation object for `method` on `path` inside a document, or an error naming what is missing. */
function operationObject(doc: Json, path: string, method: string): Json {
  const item = (doc.paths as Record<string, Json> | undefined)?.[path];
  const op = item?.[method];
  if (!op || typeof op !== 'object') throw new Error(`docs: the document has no operation ${method.toUpperCase()} ${path}`);
  return op as Json;
}

/**
 * Builds the docs document. `introduction` (Markdown) replaces `info.description`; the spec's own
 * description is kept as its first paragraph.
 */
export function buildDocsDocument(model: ApiModel, options: DocsOptions, introduction: string): Json {
  const doc = structuredClone(model.document) as Json;
  const samples = sampleOptionsFor(model, options);
  for (const op of model.operations) {
    const target = operationObject(doc, op.path, op.method);
    target.description = decoratedDescription(op, model);
    target['x-badges'] = operationBadges(op);
    target['x-codeSamples'] = codeSamples(op, samples, sampleAuthFor(op, model));
  }
  doc['x-tagGroups'] = model.tagGroups.map((g) => ({ name: g.name, tags: [...g.tags] }));
  const info = { ...((doc.info as Json | undefined) ?? {}) };
  info.description = model.description ? `${model.description}\n\n${introduction}` : introduction;
  doc.info = info;
  return doc;
}
