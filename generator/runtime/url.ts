/**
 * URL building: the base URL check (the key must never travel over plain http to a public host), path
 * parameters that cannot escape their segment, and query serialisation in the default style.
 */
import { BrazeConfigError, BrazeError } from './errors.js';

/**
 * A base URL split once at client creation, so each request only concatenates strings (`node:http` is
 * measurably slower per request when it has to parse a URL).
 */
export interface BaseUrl {
  /** Origin and base path, no trailing slash (`https://proxy.example/braze`): each request appends its path. */
  url: string;
  origin: string;
  /** Without IPv6 brackets. */
  hostname: string;
  /** The explicit port, else `''` (the scheme's default). */
  port: string;
}

/**
 * Parses and checks a base URL: https always, http only to loopback (tests, local mocks). A bare host
 * (`rest.iad-01.braze.com`, as Braze's dashboard shows it) gets `https://`.
 */
export function parseBaseUrl(raw: string): BaseUrl {
  const { origin, hostname, port, pathname } = new URL(raw.includes('://') ? raw : `https://${raw}`); // throws TypeError: Invalid URL
  // Loopback: 127.0.0.0/8, [::1] and localhost (the URL parser has normalised and lowercased the host).
  if (!/^(https:|http:\/\/(localhost|\[::1]|127(\.\d+){3})(:|$))/.test(origin)) {
    throw new BrazeConfigError(`baseUrl ${origin} refused: use https (plain http only to loopback)`);
  }
  return { url: origin + pathname.replace(/\/+$/, ''), origin, hostname: hostname.replace(/^\[|\]$/g, ''), port };
}

/**
 * The URL to request for a next-page link (absolute, or relative to the origin): its path and query on the
 * client's base URL, under the base's path when the link lacks it (a proxy at `https://proxy.example/braze`
 * passes on links written for the API's root). A link to another origin is refused (`BrazeError`), unless the
 * base has a path: behind a proxy the links name the upstream host. Either way the key only goes to the base.
 */
export function nextPath({ url, origin }: BaseUrl, link: string): string {
  const prefix = url.slice(origin.length);
  const { origin: to, pathname, search } = new URL(link, origin);
  if (to !== origin && !prefix) throw new BrazeError(`next link to another origin: ${to}`);
  return (pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname) + search;
}

/** One value, percent-encoded as a URI component; dates as ISO 8601. */
export const encode = (v: unknown): string => encodeURIComponent(v instanceof Date ? v.toISOString() : v as string); // (it converts to a string)

/** One path value encoded so that it stays in its segment: `/`, `?`, `#` are escaped (`fillPath` refuses `.` and `..`). */
export const pathSegment = encode;

/**
 * Fills the `{name}` placeholder of `path` with `value` as one segment, or as `serialize` writes it (label and
 * matrix styles, arrays and objects: see `path-style.ts`). A missing value is a caller bug, and so is one that
 * fills the segment with `.` or `..`: no encoding keeps those from acting as dot-segments, as a URL parser
 * (`fetch`'s, a server's) reads `%2E%2E` as `..` and climbs a level.
 */
export function fillPath(path: string, name: string, value: unknown, serialize = pathSegment): string {
  const filled = (value ?? '') === '' ? '' : serialize(value);
  if (/^\.{0,2}$/.test(filled)) throw new TypeError(`path parameter ${name} missing, . or ..`);
  return path.replace(`{${name}}`, () => filled);
}

/**
 * Serialises one query parameter in the default style (`form`, exploded) into `out` (`key=value` pairs, already
 * encoded): arrays repeat the key, objects spread their properties (nested ones too), null and undefined values are
 * left out. URL-encoded bodies use it too. Other styles are `queryStyle`'s (`query-style.ts`), which generated code
 * attaches only to the parameters that need it. Returns `out`.
 */
export function serializeQueryParam(out: string[], name: string, v: unknown): string[] {
  if (v == null) return out;
  if (typeof v !== 'object' || v instanceof Date) out.push(`${encode(name)}=${encode(v)}`);
  else for (const [k, x] of Array.isArray(v) ? v.map((x) => [name, x]) : Object.entries(v)) serializeQueryParam(out, k, x);
  return out;
}
