import { isIdentifierName, toCamelCase, uniqueName } from '../shared/identifiers.js';
import { compareStrings } from './refs.js';
import type { HttpMethod } from './types.js';

/** What naming needs to know about one operation. */
export interface NamingInput {
  operationId: string;
  method: HttpMethod;
  path: string;
  /** `x-client-method`, when the spec gives one. */
  clientMethod?: string;
}

/**
 * Unique camelCase TypeScript names for operations, assigned in operationId order so that the same spec
 * always gives the same names and a new operation never renames an existing one that sorted before it.
 */
export function assignOperationNames(ops: NamingInput[]): Map<string, string> {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const op of [...ops].sort((a, b) => compareStrings(a.operationId, b.operationId))) {
    names.set(op.operationId, uniqueName(toCamelCase(op.operationId), taken));
  }
  return names;
}

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/** A facade segment: kept when it is already an identifier name, else camelCased. */
export function toSegment(text: string): string {
  const seg = isIdentifierName(text) ? text : toCamelCase(text).replace(/^_(?=[A-Za-z])/, '');
  return FORBIDDEN_SEGMENTS.has(seg) ? `_${seg}` : seg;
}

/** The verb a derived facade path ends in: `list`/`get` for reads, `create`, `update`, `replace`, `delete`. */
export function verbFor(method: HttpMethod, path: string): string {
  const onItem = /\}\/?$/.test(path);
  const verbs: Record<HttpMethod, string> = {
    get: onItem ? 'get' : 'list', post: 'create', put: 'replace', patch: 'update', delete: 'delete',
    head: 'head', options: 'options', trace: 'trace',
  };
  return verbs[method];
}

/** `/repos/{owner}/{repo}/issues` + get → `['repos', 'issues', 'list']`. */
export function deriveClientPath(method: HttpMethod, path: string): string[] {
  const namespaces = path.split('/').filter((s) => s !== '' && !/^\{.*\}$/.test(s)).map(toSegment);
  return [...(namespaces.length > 0 ? namespaces : ['root']), verbFor(method, path)];
}

/**
 * Facade paths for every operation: `x-client-method` split on dots, else derived from path and method.
 * Guarantees the contract: unique, every segment an identifier name, and no path that is both a method and
 * a namespace (a method `a.b` beside `a.b.c` moves to `a.b.<verb>`). Clashes are settled in operationId
 * order: the first keeps its path, later ones end in their operation name instead of the verb.
 */
export function assignClientPaths(ops: NamingInput[], names: Map<string, string>): Map<string, string[]> {
  const sorted = [...ops].sort((a, b) => compareStrings(a.operationId, b.operationId));
  const wanted = new Map(sorted.map((op) => [op.operationId, initialPath(op)]));
  const namespaces = new Set<string>();
  for (const p of wanted.values()) for (let i = 1; i < p.length; i++) namespaces.add(p.slice(0, i).join('.'));
  const taken = new Set<string>();
  const result = new Map<string, string[]>();
  for (const op of sorted) {
    let path = wanted.get(op.operationId) ?? [];
    if (namespaces.has(path.join('.'))) path = [...path, verbFor(op.method, op.path)];
    if (taken.has(path.join('.')) || namespaces.has(path.join('.'))) path = [...path.slice(0, -1), names.get(op.operationId) ?? toSegment(op.operationId)];
    const head = path.slice(0, -1);
    const leaf = path[path.length - 1] ?? 'call';
    for (let n = 2; taken.has(path.join('.')) || namespaces.has(path.join('.')); n++) path = [...head, `${leaf}${n}`];
    taken.add(path.join('.'));
    result.set(op.operationId, path);
  }
  return result;
}

function initialPath(op: NamingInput): string[] {
  const segments = op.clientMethod?.split('.').filter((s) => s !== '').map(toSegment);
  return segments && segments.length > 0 ? segments : deriveClientPath(op.method, op.path);
}
