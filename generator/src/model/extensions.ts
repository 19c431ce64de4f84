import { isObject, str, type Json } from './refs.js';
import type { PaginationModel, RateLimitModel } from './types.js';

/** `x-rate-limit` in model form, with a summary people can read in docs and JSDoc. */
export function buildRateLimit(raw: unknown): RateLimitModel | undefined {
  if (!isObject(raw)) return undefined;
  const model: RateLimitModel = { summary: '' };
  if (typeof raw.limit === 'number') model.limit = raw.limit;
  if (typeof raw.windowSeconds === 'number') model.windowSeconds = raw.windowSeconds;
  const group = str(raw.group);
  if (group !== undefined) model.group = group;
  const note = str(raw.note);
  if (note !== undefined) model.note = note;
  model.summary = summariseRateLimit(model);
  return model;
}

/** `3,000 requests per 3 seconds (shared: users-track)`, or `No fixed limit: <note>`. */
export function summariseRateLimit(limit: Omit<RateLimitModel, 'summary'>): string {
  const shared = limit.group === undefined ? '' : ` (shared: ${limit.group})`;
  if (limit.limit === undefined) return `No fixed limit${shared}${limit.note === undefined ? '' : `: ${limit.note}`}`;
  const count = `${limit.limit.toLocaleString('en-US')} request${limit.limit === 1 ? '' : 's'}`;
  const window = limit.windowSeconds === undefined ? '' : ` per ${describeWindow(limit.windowSeconds)}`;
  return `${count}${window}${shared}`;
}

/** 1 → `second`, 3 → `3 seconds`, 3600 → `hour`, 7200 → `2 hours`. */
export function describeWindow(seconds: number): string {
  const units: [number, string][] = [[86_400, 'day'], [3_600, 'hour'], [60, 'minute'], [1, 'second']];
  const [size, unit] = units.find(([s]) => seconds % s === 0) ?? [1, 'second'];
  const n = seconds / size;
  return n === 1 ? unit : `${n.toLocaleString('en-US')} ${unit}s`;
}

/** `x-pagination` in model form, with the documented defaults for parameter names; errors as strings. */
export function buildPagination(raw: unknown): PaginationModel | string | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) return 'x-pagination must be an object';
  const itemsField = str(raw.itemsField);
  if (itemsField === undefined) return 'x-pagination needs `itemsField`';
  const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
  switch (raw.style) {
    case 'page':
      return withOptional({ style: 'page' as const, itemsField, pageParam: str(raw.pageParam) ?? 'page' }, { pageSize: num(raw.pageSize) });
    case 'offset':
      return withOptional(
        { style: 'offset' as const, itemsField, offsetParam: str(raw.offsetParam) ?? 'offset', limitParam: str(raw.limitParam) ?? 'limit' },
        { maxLimit: num(raw.maxLimit) },
      );
    case 'cursor':
      return withOptional({ style: 'cursor' as const, itemsField }, { cursorParam: str(raw.cursorParam), pageSize: num(raw.pageSize) });
    default:
      return `x-pagination.style must be page, offset or cursor (got ${JSON.stringify(raw.style)})`;
  }
}

function withOptional<T extends PaginationModel>(base: T, optional: Record<string, unknown>): T {
  const out: Json = { ...(base as Json) };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) out[k] = v;
  return out as T;
}
