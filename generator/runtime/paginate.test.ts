import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { nextLink, paginate, type PaginationDescriptor } from './paginate.js';
import type { OperationDescriptor } from './request.js';
import { scriptedFetch, type Reply } from './test-helpers.js';

const OP: OperationDescriptor = {
  id: 'list', method: 'GET', path: '/list',
  params: [{ name: 'page', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'limit', in: 'query' }, { name: 'cursor', in: 'query' }],
};

async function collect(replies: Reply[], pg: PaginationDescriptor, input: object = {}) {
  const { fetch, calls } = scriptedFetch(replies);
  const client = createClient({ apiKey: 'k', baseUrl: 'https://rest.test', fetch });
  const items: unknown[] = [];
  for await (const item of paginate(client, OP, pg, input)) items.push(item);
  return { items, urls: calls.map((c) => c.url.replace('https://rest.test', '')) };
}

describe('nextLink', () => {
  it.each([
    ['<https://a/x?cursor=2>; rel="next"', 'https://a/x?cursor=2'],
    ['<https://a/p>; rel="prev", <https://a/n>; rel="next"', 'https://a/n'],
    ['<https://a/p>; rel="prev"', undefined],
    ['<https://a/x?ids=1,2>; rel="next"', 'https://a/x?ids=1,2'],
    ['<https://a/x>; rel="prev next"', 'https://a/x'],
    ['<https://a/x>; rel=nextpage', undefined],
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
  it('refuses a next link to another origin', async () => {
    await expect(collect([{ status: 200, body: { items: [1] }, headers: { link: '<https://evil.test/steal>; rel="next"' } }], { style: 'cursor', items: 'items' }))
      .rejects.toThrow(/another origin/);
  });
});
