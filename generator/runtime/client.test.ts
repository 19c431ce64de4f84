import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configOf, createClient } from './client.js';
import { BrazeConfigError } from './errors.js';

const KEY = 'sk-secret-0123456789';
const INSTANCES = { 'US-01': 'https://rest.iad-01.braze.com', 'EU-01': 'https://rest.fra-01.braze.eu' };

afterEach(() => vi.unstubAllEnvs());

describe('createClient', () => {
  it('takes key and base URL from options, instance, or environment', () => {
    expect(configOf(createClient({ apiKey: KEY, instance: 'EU-01' }, INSTANCES)).base.origin).toBe('https://rest.fra-01.braze.eu');
    expect(configOf(createClient({ apiKey: KEY, baseUrl: 'https://x.example', instance: 'EU-01' }, INSTANCES)).base.origin).toBe('https://x.example');
    vi.stubEnv('BRAZE_API_KEY', KEY);
    vi.stubEnv('BRAZE_REST_ENDPOINT', 'rest.iad-03.braze.com');
    const c = configOf(createClient({}, INSTANCES));
    expect([c.key, c.base.origin]).toEqual([KEY, 'https://rest.iad-03.braze.com']);
    vi.stubEnv('BRAZE_REST_ENDPOINT', 'US-01');
    expect(configOf(createClient({}, INSTANCES)).base.origin).toBe('https://rest.iad-01.braze.com');
  });
  it('refuses missing keys, line breaks, unknown instances, missing and plain-http URLs', () => {
    vi.stubEnv('BRAZE_API_KEY', '');
    vi.stubEnv('BRAZE_REST_ENDPOINT', '');
    expect(() => createClient({ instance: 'US-01' }, INSTANCES)).toThrow(/no apiKey or BRAZE_API_KEY/);
    expect(() => createClient({ apiKey: 'a\r\nX-Evil: 1', instance: 'US-01' }, INSTANCES)).toThrow(/line break/);
    expect(() => createClient({ apiKey: 'a\nb', instance: 'US-01' }, INSTANCES)).toThrow(BrazeConfigError);
    expect(() => createClient({ apiKey: KEY, instance: 'XX-99' }, INSTANCES)).toThrow(/unknown instance XX-99/);
    expect(() => createClient({ apiKey: KEY }, INSTANCES)).toThrow(/no baseUrl, instance or BRAZE_REST_ENDPOINT/);
    expect(() => createClient({ apiKey: KEY, baseUrl: 'http://rest.iad-01.braze.com' })).toThrow(/use https/);
  });
  it('reads no environment variable the options make needless (Deno without --allow-env throws on any read)', () => {
    const env = process.env;
    process.env = new Proxy({}, { get: (_, name) => { throw new Error(`NotCapable: env access to ${String(name)}`); } });
    try {
      expect(configOf(createClient({ apiKey: KEY, baseUrl: 'https://x.example' }, INSTANCES)).base.origin).toBe('https://x.example');
      expect(configOf(createClient({ apiKey: KEY, instance: 'EU-01' }, INSTANCES)).base.origin).toBe('https://rest.fra-01.braze.eu');
      expect(() => createClient({ instance: 'EU-01' }, INSTANCES)).toThrow(/NotCapable: env access to BRAZE_API_KEY/);
    } finally {
      process.env = env;
    }
  });
  it('uses the default base URL last', () => {
    vi.stubEnv('BRAZE_REST_ENDPOINT', '');
    expect(configOf(createClient({ apiKey: KEY }, {}, 'https://api.example')).base.origin).toBe('https://api.example');
  });
  it('never shows the key when inspected or serialised', () => {
    const client = createClient({ apiKey: KEY, instance: 'US-01' }, INSTANCES);
    expect(inspect(client, { showHidden: true, depth: 10 })).not.toContain(KEY);
    expect(JSON.stringify(client)).not.toContain(KEY);
    expect(String(Object.keys(client))).toBe('');
  });
  it('rejects objects it did not make', () => {
    expect(() => configOf({})).toThrow(/not a client/);
  });
});
