import { buildBody } from './body.js';
import { buildPagination, buildRateLimit } from './extensions.js';
import { assignInputNames } from './input-names.js';
import { pointerTo, type ProblemList } from './locator.js';
import { buildParams } from './params.js';
import { buildSecurity } from './permissions.js';
import { compareStrings, deref, isObject, str, type Json } from './refs.js';
import { buildResponses, requestExample, successExample, successStatusOf } from './responses.js';
import type { HttpMethod, OperationModel } from './types.js';

export const HTTP_METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** An operation before names, permissions and locations are filled in (they need every operation). */
export type DraftOperation = Omit<OperationModel, 'name' | 'permissions' | 'auth' | 'clientPath' | 'location'> & {
  pointer: string;
  clientMethod?: string;
  ownSecurity: boolean;
};

/** Every operation of the document, in path then method order, as drafts. */
export function buildDraftOperations(doc: Json, problems: ProblemList): DraftOperation[] {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const drafts: DraftOperation[] = [];
  for (const path of Object.keys(paths).sort(compareStrings)) {
    const item = deref(doc, paths[path]);
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (isObject(op)) drafts.push(buildDraft(doc, path, method, item, op, problems));
    }
  }
  return drafts;
}

function buildDraft(doc: Json, path: string, method: HttpMethod, item: Json, op: Json, problems: ProblemList): DraftOperation {
  const pointer = pointerTo('paths', path, method);
  const body = buildBody(doc, op.requestBody);
  const { params, renames } = assignInputNames(buildParams(doc, item.parameters, op.parameters), body);
  const responses = buildResponses(doc, op.responses);
  const successStatus = successStatusOf(responses);
  const pagination = buildPagination(op['x-pagination']);
  if (typeof pagination === 'string') problems.add(`${pointer}/x-pagination`, pagination);
  const draft: DraftOperation = {
    operationId: str(op.operationId) ?? `${method}${path}`,
    method,
    path,
    tag: Array.isArray(op.tags) && typeof op.tags[0] === 'string' ? op.tags[0] : 'default',
    deprecated: op.deprecated === true,
    security: buildSecurity(op.security ?? doc.security),
    ownSecurity: op.security !== undefined,
    params,
    responses,
    successStatus,
    earlyAccess: op['x-early-access'] === true,
    examples: examplesOf(doc, op, successStatus),
    inputRenames: renames,
    pointer,
  };
  const optional: Partial<DraftOperation> = {
    idFromPath: str(op.operationId) === undefined ? true : undefined,
    summary: str(op.summary),
    description: str(op.description),
    body,
    rateLimit: buildRateLimit(op['x-rate-limit']),
    pagination: typeof pagination === 'string' ? undefined : pagination,
    docsUrl: isObject(op.externalDocs) ? str(op.externalDocs.url) : undefined,
    clientMethod: str(op['x-client-method']),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (draft as Json)[k] = v;
  return draft;
}

function examplesOf(doc: Json, op: Json, successStatus: string): OperationModel['examples'] {
  const examples: OperationModel['examples'] = {};
  const request = requestExample(doc, op.requestBody);
  if (request !== undefined) examples.request = request;
  const response = successExample(doc, op.responses, successStatus);
  if (response !== undefined) examples.response = response;
  return examples;
}
