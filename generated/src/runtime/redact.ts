// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * The copy of a network failure that a `BrazeConnectionError` carries as its `cause`. `inspect(error,
 * { showHidden: true })`, `JSON.stringify` and error reporters print everything reachable from an error, and a
 * failure from a custom `fetch` may hold its request in properties of its own (`err.request`, `err.config`,
 * with the Authorization header), enumerable or not.
 */

/**
 * A copy of `failure` and of the errors down its `cause` chain (nine deep, as a chain can loop): each an
 * `Error` with the original's name, its own string properties passed through `scrub` (which takes the key out),
 * its other plain values (`code`, `errno`) kept, and any object it holds left out. The original is left alone:
 * the objects it holds may be the caller's own. Undefined for anything that is not an error.
 */
export const redactFailure = (failure: unknown, scrub: (text: string) => string, depth = 9): Error | undefined =>
  failure instanceof Error && depth
    ? Reflect.ownKeys(failure).reduce<Record<PropertyKey, unknown>>((out, k) => {
      try {
        const v = (failure as unknown as Record<PropertyKey, unknown>)[k];
        if (typeof v === 'string') out[k] = scrub(v);
        else if (k === 'cause') out[k] = redactFailure(v, scrub, depth - 1);
        else if (Object(v) !== v) out[k] = v;
      } catch {} // (a getter may throw)
      return out;
    }, Object.assign(Error(scrub(String(failure.message))), { name: failure.name }) as unknown as Record<PropertyKey, unknown>) as unknown as Error
    : undefined;
