import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { BrazeResponseError } from './errors.js';
import { nextLink, paginate, type PaginationDescriptor } from './paginate.js';
import type { OperationDescriptor } from './request.js';
import { scriptedFetch, type Reply } from './test-helpers.js';

const OP: OperationDescriptor = {
  id: 'list', method: 'GET', path: '/list',
  params: [{ name: 'page', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'limit', in: 'query' }, { name: 'cursor', in: 'query' }],
};

async function collect(replies: Reply[], pg: PaginationDescriptor, input: object = {}, baseUrl = 'https://rest.test') {
  const { fetch, calls } = scriptedFetch(replies);
  const client = createClient({ apiKey: 'k', baseUrl, fetch });
  const items: unknown[] = [];
  // Bounded: a client that loops stops here, and the test's expectations fail.
  for await (const item of paginate(client, OP, pg, input)) if (items.push(item) > 50) break;
  return { items, urls: calls.map((c) => c.url.replace(baseUrl, '')) };
}

/** A cursor page of `items` whose next link is `next` (none when undefined). */
const page = (items: unknown[], next?: string): Reply => ({ status: 200, body: { items }, headers: next ? { link: `<${next}>; rel="next"` } : {} });

describe('nextLink', () => {
  it.each([
    ['<https://a/x?cursor=2>; rel="next"', 'https://a/x?cursor=2'],
    ['<https://a/p>; rel="prev", <https://a/n>; rel="next"', 'https://a/n'],
    ['<https://a/p>; rel="prev"', undefined],
    ['<https://a/x?ids=1,2>; rel="next"', 'https://a/x?ids=1,2'],
    ['<https://a/x>; rel="prev next"', 'https://a/x'],
    ['<https://a/x>; rel=nextpage', undefined],
    ['<https://a/x>; rel="next-page"', undefined],
    ['<https://a/x>; rel=next-page, <https://a/y>; rel=next', 'https://a/y'],
    ['<https://a/x>; rel="NEXT"', 'https://a/x'],
    ['<https://a/x>; REL=Next; title="n"', 'https://a/x'],
    ['<https://a/x>; rel="next prev"', 'https://a/x'],
    [undefined, undefined],
  ])('%s', (given, want) => expect(nextLink(given)).toBe(want));
});

describe('paginate', () => {
  it('walks 0-based pages until a short page', async () => {
    const r = await collect([{ status: 200, body: { items: [1, 2] } }, { status: 200, body: { items: [3] } }], { style: 'page', items: 'items', page: 'page', pageSize: 2 });
    expect(r).toEqual({ items: [1, 2, 3], urls: ['/list', '/list?page=1'] });
  });
  it('walks pages until an empty one without a page size', async () => {
    const r = await collect([{ status: 200, body: { items: [1] } }, { status: 200, body: { items: [] } }], { style: 'page', items: 'items', page: 'page' }, { page: 3 });
    expect(r).toEqual({ items: [1], urls: ['/list?page=3', '/list?page=4'] });
  });
  it('walks offset/limit, sending the max limit', async () => {
    const r = await collect([{ status: 200, body: { emails: ['a', 'b'] } }, { status: 200, body: { emails: ['c'] } }],
      { style: 'offset', items: 'emails', offset: 'offset', limit: 'limit', maxLimit: 2 });
    expect(r).toEqual({ items: ['a', 'b', 'c'], urls: ['/list?limit=2', '/list?offset=2&limit=2'] });
  });
  it('follows Link rel=next on the same origin', async () => {
    const r = await collect([
      { status: 200, body: { items: [1] }, headers: { link: '<https://rest.test/list?cursor=abc>; rel="next"' } },
      { status: 200, body: { items: [2] } },
    ], { style: 'cursor', items: 'items' });
    expect(r).toEqual({ items: [1, 2], urls: ['/list', '/list?cursor=abc'] });
  });
  it('stops with a BrazeResponseError on a cursor cycle (A → B → A) before reading a page again', async () => {
    const replies = [page([1], 'https://rest.test/list?cursor=a'), page([2], 'https://rest.test/list?cursor=b'), page([3], '/list?cursor=a')];
    const { fetch, calls } = scriptedFetch(replies);
    const client = createClient({ apiKey: 'k', baseUrl: 'https://rest.test', fetch });
    const items: unknown[] = [];
    const e = await (async () => { for await (const item of paginate(client, OP, { style: 'cursor', items: 'items' })) if (items.push(item) > 50) break; })().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BrazeResponseError);
    expect(e).toMatchObject({ operationId: 'list', message: expect.stringMatching(/next link repeats a page: https:\/\/rest\.test\/list\?cursor=a/) });
    expect(items).toEqual([1, 2, 3]);
    expect(calls).toHaveLength(3);
  });
  it('stops on a link back to the first page instead of repeating its items', async () => {
    await expect(collect([page([1], 'https://rest.test/list?cursor=b'), page([2], 'https://rest.test/list')], { style: 'cursor', items: 'items' }))
      .rejects.toBeInstanceOf(BrazeResponseError);
  });
  it('does not take rel="next-page" for next', async () => {
    const r = await collect([{ status: 200, body: { items: [1] }, headers: { link: '<https://rest.test/list?cursor=x>; rel="next-page"' } }, page([2])], { style: 'cursor', items: 'items' });
    expect(r).toEqual({ items: [1], urls: ['/list'] });
  });
  it('keeps the path of a base URL behind a proxy from page 2 on', async () => {
    const r = await collect([page([1], 'https://rest.iad-01.braze.com/list?cursor=2'), page([2], '/list?cursor=3'), page([3])],
      { style: 'cursor', items: 'items' }, {}, 'https://proxy.test/braze');
    expect(r).toEqual({ items: [1, 2, 3], urls: ['/list', '/list?cursor=2', '/list?cursor=3'] });
  });
  it('refuses a next link to another origin', async () => {
    await expect(collect([{ status: 200, body: { items: [1] }, headers: { link: '<https://evil.test/steal>; rel="next"' } }], { style: 'cursor', items: 'items' }))
      .rejects.toThrow(/another origin/);
  });
});

describe('paginate by page (.pages)', () => {
  it('yields each page\'s whole body, with the same stops as the items', async () => {
    const { fetch, calls } = scriptedFetch([
      { status: 200, body: { items: [1, 2], total: 3 }, headers: { link: '<https://rest.test/list?cursor=b>; rel="next"' } },
      { status: 200, body: { items: [3], total: 3 } },
    ]);
    const client = createClient({ apiKey: 'k', baseUrl: 'https://rest.test', fetch });
    const pages: unknown[] = [];
    for await (const body of paginate(client, OP, { style: 'cursor', items: 'items' }, {}, {}, 1)) if (pages.push(body) > 5) break;
    expect(pages).toEqual([{ items: [1, 2], total: 3 }, { items: [3], total: 3 }]);
    expect(calls.map((c) => c.url)).toEqual(['https://rest.test/list', 'https://rest.test/list?cursor=b']);
  });
  it('stops after a short numbered page, as .all does', async () => {
    const { fetch, calls } = scriptedFetch([{ status: 200, body: { items: [1, 2] } }, { status: 200, body: { items: [3] } }]);
    const client = createClient({ apiKey: 'k', baseUrl: 'https://rest.test', fetch });
    const pages: unknown[] = [];
    for await (const body of paginate(client, OP, { style: 'page', items: 'items', page: 'page', pageSize: 2 }, {}, {}, 1)) if (pages.push(body) > 5) break;
    expect(pages).toEqual([{ items: [1, 2] }, { items: [3] }]);
    expect(calls).toHaveLength(2);
  });
});

describe('Link headers with quoted parameters', () => {
  it.each([
    ['<https://a/2>; title="Items 101, 102"; rel="next"', 'https://a/2'], // a comma in a quoted title ended the link: the last pages went unread
    ['<https://a/1>; title="see ;rel=next"', undefined], // `rel=next` inside a quoted value is not a relation
    ['<https://a/1>; title="see ;rel=next", <https://a/2>; rel=next', 'https://a/2'],
    ['<https://a/1>; rel="prev"; title="a,b", <https://a/2>; REL="Next"', 'https://a/2'],
  ])('%s → %s', (link, want) => {
    expect(nextLink(link)).toBe(want);
  });
});
