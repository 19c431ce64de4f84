import { describe, expect, it } from 'vitest';
import { BrazeConfigError } from './errors.js';
import { checkOptions } from './options-check.js';

const PERMISSIONS = ['users.track', 'users.delete', 'messages.send', 'catalogs.get_items'];
const INSTANCES = { 'US-01': 'https://rest.iad-01.braze.com', 'EU-01': 'https://rest.fra-01.braze.eu' };
const check = (options: unknown) => () => checkOptions(options, PERMISSIONS, INSTANCES);

describe('checkOptions', () => {
  it('accepts valid options, undefined values and no options', () => {
    expect(check({ apiKey: 'k', instance: 'US-01', permissions: ['users.track'], timeoutMs: Infinity, maxRetries: 0, fetch, headers: {}, hooks: { onRequest() {}, onRetry: undefined }, baseUrl: undefined })).not.toThrow();
    expect(check(undefined)).not.toThrow();
    expect(check({})).not.toThrow();
  });
  it.each<[string, unknown, RegExp]>([
    ['a misspelt permission', { permissions: ['users.track', 'users.trak'] }, /^"users.trak" is not a permission of this API; did you mean "users.track"\?$/],
    ['a permission list that is a string', { permissions: 'users.track' }, /^permissions must be an array, not a string \("users.track"\)$/],
    ['a timeout given as a string', { timeoutMs: '5000' }, /^timeoutMs must be a number, not a string \("5000"\)$/],
    ['a negative number', { maxRetries: -1 }, /^maxRetries must be a number of 0 or more, not a number \(-1\)$/],
    ['NaN', { maxRetryWaitMs: NaN }, /^maxRetryWaitMs must be a number of 0 or more/],
    ['an unknown option', { timeout: 5000 }, /^"timeout" is not a client option; did you mean "timeoutMs"\?$/],
    ['a name of Object.prototype', { constructor: 1 }, /^"constructor" is not a client option/],
    ['a misspelt instance', { instance: 'US-1' }, /^"US-1" is not an instance; did you mean "US-01"\?$/],
    ['an instance named after Object.prototype', { instance: 'toString' }, /^"toString" is not an instance/],
    ['null for an object option', { headers: null }, /^headers must be an object, not null$/],
    ['a fetch that is not a function', { fetch: {} }, /^fetch must be a function, not an object$/],
    ['options that are not an object', 'k', /^options must be an object, not a string \("k"\)$/],
    ['a misspelt hook', { hooks: { onRequst() {} } }, /^"onRequst" is not a hook; did you mean "onRequest"\?$/],
    ['a hook that is not a function', { hooks: { onRequest: 5 } }, /^hooks.onRequest must be a function, not a number \(5\)$/],
  ])('refuses %s with a BrazeConfigError naming it', (_, options, message) => {
    expect(check(options)).toThrow(BrazeConfigError);
    expect(check(options)).toThrow(message);
  });
  it('does not check permission names when the API has no catalogue', () => {
    expect(() => checkOptions({ permissions: ['anything'] }, [], {})).not.toThrow();
  });
});
