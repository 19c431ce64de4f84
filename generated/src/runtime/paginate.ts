// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * `for await` over every item of a paginated operation, for the three styles of `x-pagination`: 0-based page
 * numbers, offset/limit, and a cursor carried by the `Link: <…>; rel="next"` header. A next link is only
 * followed on the client's own origin: the key is never sent to a host the server names.
 */
import { configOf, type Client } from './client.js';
import { BrazeError } from './errors.js';
import { request, type ApiResponse, type OperationDescriptor, type RequestOptions } from './request.js';

/** How to walk the pages; parameter names are keys of `input`. */
export type PaginationDescriptor =
  | { style: 'page'; items: string; page: string; pageSize?: number }
  | { style: 'offset'; items: string; offset: string; limit: string; maxLimit?: number }
  | { style: 'cursor'; items: string };

/** The URL of `rel="next"` in a `Link` header, if any. */
export function nextLink(link: string | undefined): string | undefined {
  for (const part of link?.split(',') ?? []) {
    const m = /<([^>]*)>\s*;(.*)/.exec(part);
    if (m && /\brel\s*=\s*"?([^";]*\s)?next[\s";]?/i.test(m[2] ?? '')) return m[1];
  }
  return undefined;
}

/** The item type of a page: the element type of the response's items array. */
export type ItemOf<R, F extends string> = R extends { [K in F]?: infer A } ? (NonNullable<A> extends readonly (infer I)[] ? I : never) : never;

/** Yields every item, page after page, until a short or empty page, or no next link. */
export async function* paginate<T>(
  client: Client<never>, op: OperationDescriptor, pg: PaginationDescriptor, input: object = {}, o: RequestOptions = {},
): AsyncGenerator<T, void, undefined> {
  const base = configOf(client).base;
  const args: Record<string, unknown> = { ...input };
  if (pg.style === 'offset' && args[pg.limit] === undefined && pg.maxLimit !== undefined) args[pg.limit] = pg.maxLimit;
  let nextPath: string | undefined;
  for (let n = 0; n < 100_000; n++) {
    const res = (await request(client, op, args, { ...o, nextPath, withResponse: true })) as ApiResponse<Record<string, unknown>>;
    const found = res.data?.[pg.items];
    const items = (Array.isArray(found) ? found : []) as T[];
    yield* items;
    if (pg.style === 'cursor') {
      const link = nextLink(res.headers.link);
      if (!link || items.length === 0) return;
      const url = new URL(link, base.origin);
      if (url.origin !== base.origin) throw new BrazeError(`refusing to follow a next link to another origin: ${url.origin}`);
      if (url.pathname + url.search === nextPath) return;
      nextPath = url.pathname + url.search;
    } else if (pg.style === 'page') {
      if (items.length === 0 || (pg.pageSize !== undefined && items.length < pg.pageSize)) return;
      args[pg.page] = Number(args[pg.page] ?? 0) + 1;
    } else {
      const limit = Number(args[pg.limit] ?? 0);
      if (items.length === 0 || (limit > 0 && items.length < limit)) return;
      args[pg.offset] = Number(args[pg.offset] ?? 0) + items.length;
    }
  }
}
