/**
 * A structural comparison of two JSON schemas from two bundled documents: types, enums, properties,
 * required lists and array items, recursively, following `$ref`s into each document's components. The
 * direction matters: a request schema breaks callers when it demands more (a new required property, a
 * removed enum value); a response schema breaks them when it promises less (a no longer required property,
 * a new enum-less value). Type changes and removed properties break both: the typed client stops compiling.
 */
import type { Severity } from './types.js';

type Json = Record<string, unknown>;

/** Which side of the wire the schema describes. */
export type SchemaDirection = 'request' | 'response';

/** One difference at a location inside the schema, e.g. `attributes[].email`. */
export interface SchemaChange {
  path: string;
  severity: Severity;
  message: string;
}

/** A schema with the document its `$ref`s point into. */
export interface SchemaSide {
  doc: Json;
  schema: unknown;
}

const MAX_DEPTH = 12;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows local `$ref`s (`#/components/...`); unknown refs resolve to `{}`. */
function resolve(doc: Json, schema: unknown, seen = new Set<string>()): Json {
  if (!isObject(schema)) return {};
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/') || seen.has(ref)) return schema;
  seen.add(ref);
  let node: unknown = doc;
  for (const part of ref.slice(2).split('/')) {
    node = isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return resolve(doc, node, seen);
}

/** Merges `allOf` members into one object view (properties and required). */
function flatten(doc: Json, raw: unknown): Json {
  const schema = resolve(doc, raw);
  if (!Array.isArray(schema.allOf)) return schema;
  const merged: Json = { ...schema, properties: { ...(isObject(schema.properties) ? schema.properties : {}) } };
  const required = new Set<string>(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  for (const member of schema.allOf) {
    const part = flatten(doc, member);
    Object.assign(merged.properties as Json, isObject(part.properties) ? part.properties : {});
    for (const r of Array.isArray(part.required) ? (part.required as string[]) : []) required.add(r);
    if (merged.type === undefined && part.type !== undefined) merged.type = part.type;
  }
  merged.required = [...required];
  delete merged.allOf;
  return merged;
}

/** `type` as a sorted list, with OpenAPI 3.0's `nullable` folded in; empty when unconstrained. */
export function typesOf(schema: Json): string[] {
  const raw = schema.type;
  const types = new Set<string>(Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : []);
  if (types.size === 0 && isObject(schema.properties)) types.add('object');
  if (schema.nullable === true && types.size > 0) types.add('null');
  return [...types].sort();
}

function enumOf(schema: Json): string[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v));
  if (schema.const !== undefined) return [JSON.stringify(schema.const)];
  return undefined;
}

function stringSet(value: unknown): Set<string> {
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}

function variantCount(schema: Json): number {
  return (Array.isArray(schema.oneOf) ? schema.oneOf.length : 0) + (Array.isArray(schema.anyOf) ? schema.anyOf.length : 0);
}

class SchemaComparer {
  readonly changes: SchemaChange[] = [];
  /** `$ref` pairs being compared further up the stack: recursive schemas stop there. */
  private readonly active = new Set<string>();

  constructor(
    private readonly oldDoc: Json,
    private readonly newDoc: Json,
    private readonly direction: SchemaDirection,
  ) {}

  private add(path: string, severity: Severity, message: string): void {
    this.changes.push({ path: path === '' ? '(root)' : path, severity, message });
  }

  compare(rawOld: unknown, rawNew: unknown, path: string, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const pair = isObject(rawOld) && isObject(rawNew) && typeof rawOld.$ref === 'string' ? `${rawOld.$ref} ${String(rawNew.$ref)}` : undefined;
    if (pair !== undefined) {
      if (this.active.has(pair)) return;
      this.active.add(pair);
    }
    try {
      this.compareResolved(rawOld, rawNew, path, depth);
    } finally {
      if (pair !== undefined) this.active.delete(pair);
    }
  }

  private compareResolved(rawOld: unknown, rawNew: unknown, path: string, depth: number): void {
    const a = flatten(this.oldDoc, rawOld);
    const b = flatten(this.newDoc, rawNew);
    const ta = typesOf(a);
    const tb = typesOf(b);
    if (ta.join() !== tb.join()) {
      this.add(path, 'major', `type ${ta.join(' | ') || 'any'} → ${tb.join(' | ') || 'any'}`);
    }
    this.compareEnums(a, b, path);
    this.compareVariants(a, b, path);
    this.compareProperties(a, b, path, depth);
    if (a.items !== undefined && b.items !== undefined) this.compare(a.items, b.items, `${path}[]`, depth + 1);
  }

  /**
   * More alternatives widen what a schema accepts, as added enum values do: a request that takes one more shape breaks
   * no caller, and a response's new shape is read as an added enum value is. Fewer alternatives break request callers
   * that send the removed one.
   */
  private compareVariants(a: Json, b: Json, path: string): void {
    const before = variantCount(a);
    const after = variantCount(b);
    if (before === after) return;
    const severity = after < before && this.direction === 'request' ? 'major' : 'minor';
    this.add(path, severity, `alternatives (oneOf/anyOf) ${before} → ${after}`);
  }

  private compareEnums(a: Json, b: Json, path: string): void {
    const ea = enumOf(a);
    const eb = enumOf(b);
    if (ea === undefined && eb === undefined) return;
    if (ea === undefined) return this.add(path, this.direction === 'request' ? 'major' : 'minor', `now limited to ${eb?.join(', ')}`);
    if (eb === undefined) return this.add(path, this.direction === 'request' ? 'minor' : 'major', 'no longer limited to an enum');
    const removed = ea.filter((v) => !eb.includes(v));
    const added = eb.filter((v) => !ea.includes(v));
    if (removed.length > 0) this.add(path, this.direction === 'request' ? 'major' : 'minor', `enum values removed: ${removed.join(', ')}`);
    if (added.length > 0) this.add(path, 'minor', `enum values added: ${added.join(', ')}`);
  }

  private compareProperties(a: Json, b: Json, path: string, depth: number): void {
    const pa = isObject(a.properties) ? a.properties : {};
    const pb = isObject(b.properties) ? b.properties : {};
    const ra = stringSet(a.required);
    const rb = stringSet(b.required);
    const names = [...new Set([...Object.keys(pa), ...Object.keys(pb)])].sort();
    const request = this.direction === 'request';
    for (const name of names) {
      const at = path === '' ? name : `${path}.${name}`;
      if (!(name in pa)) {
        if (request) this.add(at, rb.has(name) ? 'major' : 'minor', rb.has(name) ? 'required property added' : 'optional property added');
        else this.add(at, 'minor', 'property added');
      } else if (!(name in pb)) {
        this.add(at, 'major', request ? 'property removed (callers that send it stop compiling)' : 'property removed');
      } else {
        if (!ra.has(name) && rb.has(name)) this.add(at, request ? 'major' : 'minor', 'now required');
        if (ra.has(name) && !rb.has(name)) this.add(at, request ? 'minor' : 'major', 'no longer required');
        this.compare(pa[name], pb[name], at, depth + 1);
      }
    }
  }
}

/** The differences between two schemas, in document order of their paths. */
export function compareSchemas(oldSide: SchemaSide, newSide: SchemaSide, direction: SchemaDirection): SchemaChange[] {
  const comparer = new SchemaComparer(oldSide.doc, newSide.doc, direction);
  comparer.compare(oldSide.schema, newSide.schema, '', 0);
  return comparer.changes;
}
