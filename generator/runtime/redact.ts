/**
 * Taking the API key out of what a network failure carries. `inspect(error, { showHidden: true })`,
 * `JSON.stringify` and error reporters print everything reachable from an error, and a failure from a custom
 * `fetch` may hold its request in properties of its own (`err.request`, `err.config`: the Authorization header).
 */

/**
 * A copy of `value` passed through `scrub` (which takes the key out of a string), property names included:
 * own properties, enumerable or not, of objects and arrays; an error becomes an `Error` with the original's
 * name and message. Functions and symbol-keyed properties are left out, and so is everything after the 500th
 * object (a request object reaches a socket, an agent, …; a cause chain can loop). The original is left alone:
 * it may hold the caller's own configuration.
 */
export function redact(value: unknown, scrub: (text: string) => string): unknown {
  let budget = 500;
  const copy = (x: unknown): unknown => typeof x === 'string' ? scrub(x)
    : typeof x === 'function' || (x && typeof x === 'object' && --budget < 0) ? undefined
    : x && typeof x === 'object' ? Object.getOwnPropertyNames(x).reduce((out: Record<string, unknown>, k) => {
      try { out[scrub(k)] = copy((x as Record<string, unknown>)[k]); } catch {} // (a getter may throw)
      return out;
    }, x instanceof Error ? Object.assign(new Error(copy(x.message) as string), { name: copy(x.name) }) : Array.isArray(x) ? [] : {})
    : x;
  return copy(value);
}
