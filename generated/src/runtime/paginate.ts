// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * `for await` over every item of a paginated operation, for the three styles of `x-pagination`: 0-based page
 * numbers, offset/limit, and a cursor carried by the `Link: <…>; rel="next"` header. A next link is only
 * followed on the client's own origin: the key is never sent to a host the server names.
 */
import { configOf, type Client } from './client.js';
import { BrazeResponseError } from './errors.js';
import { request, type ApiResponse, type OperationDescriptor, type RequestOptions } from './request.js';
import { nextPath as toNextPath } from './url.js';

/** How to walk the pages; parameter names are keys of `input`. */
export type PaginationDescriptor =
  | { style: 'page'; items: string; page: string; pageSize?: number }
  | { style: 'offset'; items: string; offset: string; limit: string; maxLimit?: number }
  | { style: 'cursor'; items: string };

/**
 * The URL of the link whose relation types include `next` in a `Link` header, if any (RFC 8288: the `rel`
 * parameter, quoted or not, holds space-separated types, compared case-insensitively; `next-page` is another
 * type). A quoted parameter value is skipped whole: a comma in it does not end the link, nor is `;rel=next` in
 * it a relation.
 */
export const nextLink = (link: string | undefined): string | undefined =>
  /<([^>]*)>(?:"[^"]*"|[^,"])*;\s*rel\s*=\s*"?([^",;]*\s)?next(?=[\s",;]|$)/i.exec(link ?? '')?.[1];

/** The item type of a page: the element type of the response's items array. */
export type ItemOf<R, F extends string> = R extends { [K in F]?: infer A } ? (NonNullable<A> extends readonly (infer I)[] ? I : never) : never;

/**
 * Yields every item, page after page, until a short or empty page, or no next link; with `pages` set, each
 * page's whole response body instead (`.pages(input)`: for the page's other fields, or to work a page at a time). A next link that leads
 * back to a page already read (a cursor cycle, a link to the first page) throws `BrazeResponseError` before
 * that page is requested again: its items would repeat, forever in a cycle.
 */
export async function* paginate<T>(
  client: Client<never>, op: OperationDescriptor, pg: PaginationDescriptor, input: object = {}, o: RequestOptions = {}, pages?: 1,
): AsyncGenerator<T, void, undefined> {
  const args: Record<string, unknown> = { ...input };
  if (pg.style === 'offset') args[pg.limit] ??= pg.maxLimit;
  const read = new Set<string>();
  for (let n = 0, nextPath: string | undefined; n < 1e5; n++) {
    const res = (await request(client, op, args, { ...o, nextPath, withResponse: true })) as ApiResponse<Record<string, unknown> | undefined>;
    read.add(res.url);
    const found = res.data?.[pg.items];
    const items = (Array.isArray(found) ? found : []) as T[];
    yield* pages ? [res.data as T] : items;
    if (!items.length) return;
    if (pg.style === 'cursor') {
      // Mapped onto the base URL (another origin is refused), and passed on as a path under it.
      const link = nextLink(res.headers.link);
      if (!link) return;
      const { base, key } = configOf(client);
      // A relative link is resolved against the page requested (RFC 8288), then mapped onto the base URL.
      const url = base.url + (nextPath = toNextPath(base, new URL(link, res.url).href));
      // (A server may echo the key into its links, as into anything.)
      if (read.has(url)) throw new BrazeResponseError(`${op.id}: next link repeats a page: ${url.replaceAll(key, '[redacted]')}`, { operationId: op.id, status: res.status });
    } else {
      // Page numbers step by one and end on a page shorter than the page size; offsets step by the items seen
      // and end on a page shorter than the limit sent.
      const [counter, step, size] = pg.style === 'page' ? [pg.page, 1, pg.pageSize] : [pg.offset, items.length, args[pg.limit]];
      if (items.length < (size as number)) return; // false when there is no size (undefined)
      args[counter] = ~~(args[counter] as number) + step;
    }
  }
}
