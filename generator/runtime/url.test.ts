import { describe, expect, it } from 'vitest';
import { BrazeConfigError } from './errors.js';
import { queryStyle } from './query-style.js';
import { BrazeError } from './errors.js';
import { fillPath, nextPath, parseBaseUrl, serializeQueryParam } from './url.js';

describe('parseBaseUrl', () => {
  it('accepts https and bare hosts', () => {
    expect(parseBaseUrl('https://rest.iad-01.braze.com/')).toEqual({ url: 'https://rest.iad-01.braze.com', origin: 'https://rest.iad-01.braze.com', hostname: 'rest.iad-01.braze.com', port: '' });
    expect(parseBaseUrl('rest.fra-01.braze.eu').url).toBe('https://rest.fra-01.braze.eu');
    expect(parseBaseUrl('https://proxy.example/braze/').url).toBe('https://proxy.example/braze');
    expect(parseBaseUrl('https://rest.test:8443')).toMatchObject({ url: 'https://rest.test:8443', port: '8443' });
    expect(parseBaseUrl('http://[::1]:8080').hostname).toBe('::1');
  });
  it.each(['http://127.0.0.1:4010', 'http://localhost:1', 'http://LOCALHOST', 'http://[::1]:8080', 'http://[0:0::1]', 'http://127.9.8.7', 'http://127.1'])('allows plain http to loopback %s', (url) => {
    expect(parseBaseUrl(url).url).toMatch(/^http:\/\//);
  });
  it.each(['http://rest.iad-01.braze.com', 'http://10.0.0.1', 'http://128.0.0.1', 'http://localhost.evil.com', 'http://127.0.0.1.evil.com', 'http://[::2]', 'file:///etc'])('refuses plain http to %s', (url) => {
    expect(() => parseBaseUrl(url)).toThrow(BrazeConfigError);
    expect(() => parseBaseUrl(url)).toThrow(/refused: use https \(plain http only to loopback\)/);
  });
  it('refuses other schemes', () => {
    expect(() => parseBaseUrl('ftp://x')).toThrow(/https/);
  });
});

describe('path parameters', () => {
  it.each([
    ['plain', 'plain'],
    ['../admin', '..%2Fadmin'],
    ['...', '...'],
    ['%2e%2e', '%252e%252e'],
    ['a b/c?d#e', 'a%20b%2Fc%3Fd%23e'],
    [42, '42'],
  ])('encodes %s as %s', (given, want) => {
    expect(fillPath('/x/{v}/y', 'v', given)).toBe(`/x/${want}/y`);
  });
  it('fills templates and refuses missing values', () => {
    expect(fillPath(fillPath('/catalogs/{catalog_name}/items/{item_id}', 'catalog_name', '../x'), 'item_id', 'é')).toBe('/catalogs/..%2Fx/items/%C3%A9');
    expect(fillPath('/a/{v}', 'v', '$&$1')).toBe('/a/%24%26%241'); // no replacement patterns
    expect(() => fillPath('/catalogs/{catalog_name}', 'catalog_name', undefined)).toThrow(/catalog_name/);
    expect(() => fillPath('/catalogs/{catalog_name}', 'catalog_name', '')).toThrow(/catalog_name/);
  });
  it('refuses . and .., which a URL parser reads as dot-segments even when encoded', () => {
    for (const dots of ['.', '..']) expect(() => fillPath('/a/{v}/b', 'v', dots)).toThrow(new TypeError('path parameter v missing, . or ..'));
    expect(new URL('https://h/a/%2E%2E/b').pathname).toBe('/b'); // why encoding them is no way out
  });
});

describe('queryStyle', () => {
  const cases: [string, { value: unknown; style?: string; explode?: boolean }, string][] = [
    ['scalar', { value: 'a b' }, 'q=a%20b'],
    ['date', { value: new Date('2024-01-02T03:04:05Z') }, 'q=2024-01-02T03%3A04%3A05.000Z'],
    ['array exploded', { value: ['a', 'b'] }, 'q=a&q=b'],
    ['array comma', { value: ['a', 'b,c'], explode: false }, 'q=a,b%2Cc'],
    ['array pipe', { value: [1, 2], style: 'pipeDelimited', explode: false }, 'q=1|2'],
    ['array space', { value: [1, 2], style: 'spaceDelimited', explode: false }, 'q=1%202'],
    ['object exploded', { value: { a: 1, b: 'x' } }, 'a=1&b=x'],
    ['object form', { value: { a: 1, b: 'x' }, explode: false }, 'q=a,1,b,x'],
    ['deepObject', { value: { time: { gt: 5 }, z: 'y' }, style: 'deepObject' }, 'q%5Btime%5D%5Bgt%5D=5&q%5Bz%5D=y'],
    ['undefined skipped', { value: undefined }, ''],
    ['deepObject array', { value: { ids: [1, 2] }, style: 'deepObject' }, 'q%5Bids%5D=1&q%5Bids%5D=2'],
    ['object pipe', { value: { a: 1, b: 'x' }, style: 'pipeDelimited', explode: false }, 'q=a|1|b|x'],
    ['object form, undefined dropped', { value: { a: 1, b: undefined }, explode: false }, 'q=a,1'],
    ['boolean', { value: false }, 'q=false'],
  ];
  it.each(cases)('%s', (_, given, want) => {
    const out: string[] = [];
    queryStyle(out, 'q', given.value, given.style, given.explode);
    expect(out.join('&')).toBe(want);
  });
});

describe('serializeQueryParam (the default style, form exploded)', () => {
  const cases: [string, unknown, string][] = [
    ['scalar', 'a b', 'q=a%20b'],
    ['date', new Date('2024-01-02T03:04:05Z'), 'q=2024-01-02T03%3A04%3A05.000Z'],
    ['array', ['a', null, 'b'], 'q=a&q=b'],
    ['object, nested ones spread too', { a: 1, b: { c: 'x', d: undefined }, e: null }, 'a=1&c=x'],
    ['undefined skipped', undefined, ''],
    ['boolean', false, 'q=false'],
  ];
  it.each(cases)('%s', (_, value, want) => {
    expect(serializeQueryParam([], 'q', value).join('&')).toBe(want);
  });
  it('gives what queryStyle gives for the default style', () => {
    for (const [, value] of cases) expect(serializeQueryParam([], 'q', value)).toEqual(queryStyle([], 'q', value));
  });
});

describe('nextPath', () => {
  it('maps a next link on the own origin (absolute or relative) to its path and query, and refuses another origin', () => {
    const base = parseBaseUrl('https://rest.test');
    expect(nextPath(base, '/catalogs/c/items?cursor=2#frag')).toBe('/catalogs/c/items?cursor=2');
    expect(nextPath(base, 'https://rest.test/catalogs/c/items?cursor=3')).toBe('/catalogs/c/items?cursor=3');
    expect(() => nextPath(base, 'https://evil.test/x')).toThrow(BrazeError);
    expect(() => nextPath(base, 'https://evil.test/x')).toThrow(/another origin: https:\/\/evil\.test/);
  });
  it('maps links under a base URL with a path (a proxy), whatever host or prefix they name', () => {
    const base = parseBaseUrl('https://rest.test/base');
    expect([
      '/catalogs/c/items?cursor=2#frag', // relative to the API's root
      'https://rest.test/catalogs/c/items?cursor=3', // the proxy rewrote the host, not the path
      'https://rest.test/base/catalogs/c/items?cursor=4', // both
      'https://rest.iad-01.braze.com/catalogs/c/items?cursor=5', // the upstream's link, passed on as it is
    ].map((link) => base.url + nextPath(base, link))).toEqual([2, 3, 4, 5].map((n) => `https://rest.test/base/catalogs/c/items?cursor=${n}`));
  });
});
