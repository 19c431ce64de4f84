/**
 * Parses one of Braze's per-endpoint files (OpenAPI 3.0.3, YAML or JSON, self-contained): its operations with
 * their parameters, request-body fields, the permission and rate limit its prose states, and the defects of
 * the file itself (several paths, no paths, no security). YAML errors are thrown as a
 * `PeerFileError` naming file and line.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { deref } from '../../generator/src/model/refs.js';
import { isObject, type Json } from '../../generator/src/shared/json.js';
import { permissionsInProse, rateLimitsInProse } from './prose.js';
import { schemaFields } from './schema-fields.js';
import type { ParamInfo, PeerDefect, PeerFile, PeerOperation } from './types.js';

/** The HTTP methods that hold an operation in a path item. */
export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Header parameters every call sends, which a file may or may not list: not compared. */
const TRANSPORT_HEADERS = new Set(['authorization', 'content-type', 'accept']);

/** A file that cannot be read as an OpenAPI document, at `file:line`. */
export class PeerFileError extends Error {
  constructor(readonly file: string, readonly line: number | undefined, readonly problem: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'PeerFileError';
  }
}

/** Parses the text of one file; `file` is how reports name it. */
export function parsePeerFile(file: string, text: string): PeerFile {
  const lines = new LineCounter();
  const yaml = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const error = yaml.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line;
    throw new PeerFileError(file, line, `YAML syntax error: ${error.message.split('\n')[0]}`);
  }
  const doc: unknown = yaml.toJS({ maxAliasCount: 1000 });
  if (!isObject(doc)) throw new PeerFileError(file, 1, 'not an OpenAPI document (the file is not a map)');
  if (typeof doc.openapi !== 'string' && typeof doc.swagger !== 'string') {
    throw new PeerFileError(file, 1, 'not an OpenAPI document: no `openapi` field');
  }
  const lineOf = (...segments: string[]) => keyLine(yaml, lines, segments);
  const defects: PeerDefect[] = [];
  const paths = isObject(doc.paths) ? doc.paths : {};
  const pathKeys = Object.keys(paths);
  if (pathKeys.length === 0) defects.push({ file, line: lineOf('paths'), kind: 'no-paths', message: 'the file describes no path' });
  if (pathKeys.length > 1) {
    defects.push({ file, line: lineOf('paths', pathKeys[1]!), kind: 'several-paths', message: `one endpoint per file, but it has ${pathKeys.length} paths: ${pathKeys.join(', ')}` });
  }
  const operations: PeerOperation[] = [];
  for (const path of pathKeys) {
    const item = deref(doc, paths[path]);
    if (!item) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const line = lineOf('paths', path, method);
      const operation = readOperation(doc, file, line, path, method, item, op);
      operations.push(operation);
      // A missing permission is judged in `compare.ts`, which knows whether our operation needs one (SCIM's does not).
      if (operation.auth === 'none') {
        defects.push({ file, line, kind: 'no-security', message: `${method.toUpperCase()} ${path}: no security requirement (neither its own nor the root's)` });
      }
    }
  }
  const peer: PeerFile = { file, operations, defects };
  const language = languageField(doc);
  if (language !== undefined) peer.language = language;
  return peer;
}

/** `info.x-locale` / `info.x-language` (or the same at the root), lowercased. */
function languageField(doc: Json): string | undefined {
  const info = isObject(doc.info) ? doc.info : {};
  const value = [info['x-locale'], info['x-language'], doc['x-locale'], doc['x-language']].find((v) => typeof v === 'string');
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

function readOperation(doc: Json, file: string, line: number, path: string, method: string, item: Json, op: Json): PeerOperation {
  const prose = [op.summary, op.description].filter((t): t is string => typeof t === 'string').join('\n\n');
  const info = isObject(doc.info) && typeof doc.info.description === 'string' ? doc.info.description : '';
  const security = Array.isArray(op.security) ? op.security : Array.isArray(doc.security) ? doc.security : [];
  const scopes = security.filter(isObject).flatMap((req) => Object.values(req).flatMap((s) => (Array.isArray(s) ? s.map(String) : [])));
  // The operation's own prose first; a file whose page text went into `info.description` instead still counts.
  const permissions = scopes.length > 0 ? [...new Set(scopes)] : permissionsInProse(prose).length > 0 ? permissionsInProse(prose) : permissionsInProse(info);
  const rateLimits = rateLimitsInProse(prose).length > 0 ? rateLimitsInProse(prose) : rateLimitsInProse(info);
  const operation: PeerOperation = {
    file, line, method: method.toUpperCase(), path, permissions, rateLimits,
    params: readParams(doc, item.parameters, op.parameters),
    auth: authOf(doc, security),
  };
  const body = bodySchema(doc, op.requestBody);
  if (body !== undefined) operation.body = schemaFields(doc, body);
  return operation;
}

/** Query, header and cookie parameters (path-item ones overridden by the operation's), without transport headers. */
export function readParams(doc: Json, ...lists: unknown[]): ParamInfo[] {
  const byKey = new Map<string, ParamInfo>();
  for (const list of lists) {
    for (const raw of Array.isArray(list) ? list : []) {
      const p = deref(doc, raw);
      if (!p || typeof p.name !== 'string' || typeof p.in !== 'string' || p.in === 'path') continue;
      if (p.in === 'header' && TRANSPORT_HEADERS.has(p.name.toLowerCase())) continue;
      byKey.set(`${p.in}:${p.name}`, { name: p.name, in: p.in, required: p.required === true });
    }
  }
  return [...byKey.values()];
}

/** The request body's JSON schema (else the first media type's), `undefined` without a body. */
export function bodySchema(doc: Json, raw: unknown): unknown {
  const body = deref(doc, raw);
  if (!body || !isObject(body.content)) return undefined;
  const media = body.content['application/json'] ?? Object.values(body.content)[0];
  return isObject(media) ? (media.schema ?? {}) : {};
}

function authOf(doc: Json, security: unknown[]): PeerOperation['auth'] {
  const schemes = isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  const names = security.filter(isObject).flatMap((req) => Object.keys(req));
  if (names.length === 0) return 'none';
  const bearer = names.some((n) => {
    const s = deref(doc, schemes[n]);
    return s !== undefined && s.type === 'http' && String(s.scheme).toLowerCase() === 'bearer';
  });
  return bearer ? 'bearer' : 'other';
}

/** 1-based line of the key at `segments` (of the deepest one found). */
function keyLine(doc: Document, lines: LineCounter, segments: string[]): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) break;
      const range = (pair.key as { range?: [number, number, number] }).range;
      if (range) line = lines.linePos(range[0]).line;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(seg)];
    } else break;
  }
  return line;
}
