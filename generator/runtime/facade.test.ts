import { describe, expect, it } from 'vitest';
import { createClient, type Client } from './client.js';
import { bindFacade } from './facade.js';

describe('bindFacade', () => {
  it('binds leaves to the client, nests groups and adds .all and .pages to triples', async () => {
    const client = createClient({ apiKey: 'k', baseUrl: 'https://x.test', fetch: fetch });
    const calls: unknown[][] = [];
    const track = (c: Client<never>, input?: object, o?: object) => calls.push(['track', c, input, o]);
    const list = (c: Client<never>, input?: object) => calls.push(['list', c, input]);
    const all = (c: Client<never>, input?: object) => calls.push(['all', c, input]);
    const pages = (c: Client<never>, input?: object) => calls.push(['pages', c, input]);
    const f = bindFacade(client, { users: { track }, catalogs: { items: { list: [list, all, pages] } } }) as {
      users: { track: (i?: object, o?: object) => void };
      catalogs: { items: { list: ((i?: object) => void) & { all: (i?: object) => void; pages: (i?: object) => void } } };
    };
    f.users.track({ a: 1 }, { timeoutMs: 5 });
    f.catalogs.items.list({ b: 2 });
    f.catalogs.items.list.all({ c: 3 });
    f.catalogs.items.list.pages({ d: 4 });
    expect(calls).toEqual([['track', client, { a: 1 }, { timeoutMs: 5 }], ['list', client, { b: 2 }], ['all', client, { c: 3 }], ['pages', client, { d: 4 }]]);
  });
});
