/**
 * The runtime descriptor of an operation (`OperationDescriptor` in `runtime/request.ts`) and of its
 * pagination, as data. Defaults are left out (a parameter whose input key is its wire name; the style and explode of
 * any parameter but an array or object query parameter in another style than form-exploded) to keep each
 * descriptor, and so a one-operation bundle, small.
 */
import type { OperationModel, ParameterModel } from '../../model/types.js';
import { quoteString } from '../../shared/identifiers.js';
import { Code } from './literal.js';

const DEFAULT_STYLE: Record<string, string> = { query: 'form' };

/** The runtime function (imported by the operations file) that serialises styled path parameters. */
export const PATH_STYLE = '$pathStyle';

/** True for a path parameter that is not one plain value in the simple style: label, matrix, arrays, objects. */
export function needsPathStyle(p: ParameterModel): boolean {
  const types = [p.schema?.type].flat();
  return p.in === 'path' && (p.style !== 'simple' || types.includes('array') || types.includes('object'));
}

/** The runtime function (imported by the operations file) that serialises query parameters in other styles. */
export const QUERY_STYLE = '$queryStyle';

/**
 * True for a query parameter that may be an array or object (its schema says so, or gives no type) in another
 * style than `form`, exploded: the runtime's default serialiser writes only that style (a scalar is written the
 * same way in every style).
 */
export function needsQueryStyle(p: ParameterModel): boolean {
  const types = [p.schema?.type].flat();
  return p.in === 'query' && (p.style !== 'form' || !p.explode) && types.some((t) => !t || t === 'array' || t === 'object');
}

/** The runtime functions (imported by the operations file from `encoders.ts`) for cookies and urlencoded bodies. */
export const ENCODERS = { cookieParam: '$cookieParam', formBody: '$formBody' } as const;

const isForm = (op: OperationModel): boolean => op.body?.contentType.includes('urlencoded') === true;

/** The names in `encoders.ts` that `op`'s descriptor uses, for the operations file's import. */
export function encodersOf(op: OperationModel): (keyof typeof ENCODERS)[] {
  return [
    ...(op.params.some((p) => p.in === 'cookie') ? ['cookieParam' as const] : []),
    ...(isForm(op) ? ['formBody' as const] : []),
  ];
}

function paramDescriptor(p: ParameterModel): Record<string, unknown> {
  // A cookie is a `cookie` header parameter whose value joins what the header holds.
  if (p.in === 'cookie') return { name: 'cookie', in: 'header', key: p.inputName, fill: new Code(`/* @__PURE__ */ ${ENCODERS.cookieParam}(${quoteString(p.name)})`) };
  const key = p.inputName === p.name ? undefined : p.inputName;
  if (needsPathStyle(p)) {
    return { name: p.name, in: p.in, key, fill: new Code(`/* @__PURE__ */ ${PATH_STYLE}(${[p.name, p.style].map(quoteString).join(', ')}${p.explode ? ', true' : ''})`) };
  }
  // Style and explode only matter to `queryStyle` (a header or cookie value is one string, a scalar query value
  // reads the same in every style).
  if (!needsQueryStyle(p)) return { name: p.name, in: p.in, key };
  const style = p.style === DEFAULT_STYLE[p.in] ? undefined : p.style;
  const explode = p.explode ? undefined : false;
  return { name: p.name, in: p.in, key, style, explode, ser: new Code(QUERY_STYLE) };
}

/**
 * How the runtime reads a 2XX body, from the media types the 2XX responses declare: JSON that must parse (the
 * default, left out), `text` when they declare only other types (CSV, plain text), `any` (JSON when it parses,
 * else the text) when they declare none with a schema, or both kinds.
 */
export function responseKind(op: OperationModel): 'text' | 'any' | undefined {
  const kinds = new Set(op.responses.filter((r) => r.status.startsWith('2') && r.contentType).map((r) => /[/+]json\b/i.test(r.contentType!)));
  return kinds.size !== 1 ? 'any' : kinds.has(true) ? undefined : 'text';
}

/** The descriptor object for `op`. */
export function operationDescriptor(op: OperationModel): Record<string, unknown> {
  return {
    id: op.operationId,
    method: op.method.toUpperCase(),
    // A `#fragment` in a path key (APIs such as Box's use one to list two operations on one URL) never goes on the wire.
    path: op.path.replace(/#.*$/s, ''),
    permissions: op.permissions.length > 0 ? op.permissions : undefined,
    other: op.auth === 'other' ? 1 : undefined,
    params: op.params.length > 0 ? op.params.map(paramDescriptor) : undefined,
    body: op.body?.kind,
    contentType: op.body && op.body.contentType !== 'application/json' ? op.body.contentType : undefined,
    // (Flattening never renames body fields, so a JSON body goes out as the input's fields.)
    enc: isForm(op) ? new Code(ENCODERS.formBody) : undefined,
    response: responseKind(op),
  };
}

/** The input key of the parameter whose wire name is `name` (pagination names wire parameters). */
function inputKey(op: OperationModel, name: string): string {
  return op.params.find((p) => p.name === name && p.in === 'query')?.inputName ?? name;
}

/** The pagination descriptor for `op`, or undefined when it is not paginated. */
export function paginationDescriptor(op: OperationModel): Record<string, unknown> | undefined {
  const pg = op.pagination;
  if (!pg) return undefined;
  if (pg.style === 'page') return { style: 'page', items: pg.itemsField, page: inputKey(op, pg.pageParam), pageSize: pg.pageSize };
  if (pg.style === 'offset') {
    return { style: 'offset', items: pg.itemsField, offset: inputKey(op, pg.offsetParam), limit: inputKey(op, pg.limitParam), maxLimit: pg.maxLimit };
  }
  return { style: 'cursor', items: pg.itemsField };
}
