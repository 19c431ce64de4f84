// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * Run-time checks of the client options, for JavaScript callers: TypeScript's types refuse all of this already,
 * but plain JavaScript would pass `permissions: ['users.trak']` or `timeoutMs: '5000'` through, and find out
 * from a call that fails (or, for a misspelt permission, from one that is refused) much later. Each refusal is a
 * `BrazeConfigError` naming the option, and for a misspelt name the closest valid one. A module of its own:
 * `createBrazeClient` runs it, while `createClient`, built for the smallest bundle, leaves checking to the types.
 */
import type { ClientOptions, Hooks } from './client.js';
import { didYouMean } from './did-you-mean.js';
import { BrazeConfigError } from './errors.js';

/**
 * The `typeof` each option must have. A record over `keyof ClientOptions`, so an option added to the interface
 * without a line here (or the reverse) is a compile error, and the unknown-option check never refuses a real one.
 */
const KINDS: Record<keyof ClientOptions, 'string' | 'number' | 'object' | 'function' | 'array'> = {
  apiKey: 'string', instance: 'string', baseUrl: 'string', permissions: 'array', timeoutMs: 'number', deadlineMs: 'number', maxRetries: 'number',
  maxRetryWaitMs: 'number', maxResponseBytes: 'number', fetch: 'function', hooks: 'object', clock: 'object', headers: 'object',
};

/** The hook names, as a record over `keyof Hooks` for the same reason: a hook added without a line here fails to compile. */
const HOOKS: Record<keyof Hooks, true> = { onRequest: true, onResponse: true, onRetry: true };

/** `'value' is not a <what>; did you mean 'x'?` */
const unknown = (value: string, what: string, known: readonly string[]) =>
  new BrazeConfigError(`${JSON.stringify(value)} is not ${what}${didYouMean(value, known)}`);

/** `a string`, `an object`. */
const a = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** How a wrong value reads in a message: its type, and the value when it is short. */
const describe = (v: unknown) => `${Array.isArray(v) ? 'an array' : v === null ? 'null' : a(typeof v)}${typeof v === 'string' || typeof v === 'number' ? ` (${JSON.stringify(v)})` : ''}`;

/**
 * Throws a `BrazeConfigError` for the first option that cannot be right: an unknown name, a value of the wrong
 * type, a negative or NaN number, a permission not in `permissions` (when the API has a catalogue), an
 * instance not in `instances`, or a hook that is misspelt or not a function (a misspelt hook would never run). `undefined` values pass: they mean the default.
 */
export function checkOptions(options: unknown, permissions: readonly string[], instances: Record<string, string>): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new BrazeConfigError(`options must be an object, not ${describe(options)}`);
  const names = Object.keys(KINDS);
  for (const [name, value] of Object.entries(options)) {
    const kind = Object.hasOwn(KINDS, name) ? KINDS[name as keyof ClientOptions] : undefined;
    if (!kind) throw unknown(name, 'a client option', names);
    if (value === undefined) continue;
    if (kind === 'array' ? !Array.isArray(value) : typeof value !== kind || value === null) throw new BrazeConfigError(`${name} must be ${a(kind)}, not ${describe(value)}`);
    if (kind === 'number' && !(value >= 0)) throw new BrazeConfigError(`${name} must be a number of 0 or more, not ${describe(value)}`);
  }
  const { permissions: granted, instance, hooks } = options as ClientOptions;
  for (const [name, hook] of Object.entries(hooks ?? {})) {
    if (!Object.hasOwn(HOOKS, name)) throw unknown(name, 'a hook', Object.keys(HOOKS));
    if (hook !== undefined && typeof hook !== 'function') throw new BrazeConfigError(`hooks.${name} must be a function, not ${describe(hook)}`);
  }
  for (const p of granted ?? []) if (permissions.length && !permissions.includes(p)) throw unknown(String(p), 'a permission of this API', permissions);
  if (instance !== undefined && !Object.hasOwn(instances, instance)) throw unknown(instance, 'an instance', Object.keys(instances));
}
