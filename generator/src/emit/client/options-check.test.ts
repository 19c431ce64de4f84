/**
 * The emitted `createBrazeClient` checks its options at run time, as a JavaScript caller gets it (no types):
 * misspelt permissions, instances and option names, and values of the wrong type, are refused with a
 * `BrazeConfigError` naming the closest valid value. `createClient` leaves this to the types (bundle size).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage, modelOf } from './test/emit-package.js';

type Create = (options?: unknown) => unknown;
let dir: string;
let createBrazeClient: Create;
let createClient: Create;
let BrazeConfigError: new () => Error;

beforeAll(async () => {
  dir = await emitPackage(await modelOf('spec/openapi.yaml'));
  ({ createBrazeClient, createClient, BrazeConfigError } = await import(join(dir, 'src', 'index.ts')));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createBrazeClient from JavaScript', () => {
  it.each<[string, object, string]>([
    ['a misspelt permission', { permissions: ['users.trak'] }, '"users.trak" is not a permission of this API; did you mean "users.track"?'],
    ['a timeout as a string', { timeoutMs: '5000' }, 'timeoutMs must be a number, not a string ("5000")'],
    ['a misspelt option', { apikey: 'k' }, '"apikey" is not a client option; did you mean "apiKey"?'],
    ['a misspelt instance', { instance: 'eu01' }, '"eu01" is not an instance; did you mean "EU-01"?'],
  ])('refuses %s', (_, options, message) => {
    const create = () => createBrazeClient({ apiKey: 'k', instance: 'US-01', ...options });
    expect(create).toThrow(BrazeConfigError);
    expect(create).toThrow(message);
  });
  it('accepts what TypeScript accepts', () => {
    expect(createBrazeClient({ apiKey: 'k', instance: 'US-01', permissions: ['users.track'], timeoutMs: 5000 })).toBeTypeOf('object');
  });
  it('is not done by createClient, which leaves it to the types', () => {
    expect(createClient({ apiKey: 'k', instance: 'US-01', permissions: ['users.trak'] })).toBeTypeOf('object');
  });
});
