// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * URL building: the base URL check (the key must never travel over plain http to a public host), path
 * parameters that cannot escape their segment, and query serialisation per OpenAPI parameter style.
 */
import { BrazeConfigError } from './errors.js';

/** A base URL split once at client creation, so each request only concatenates strings. */
export interface BaseUrl {
  /** `https://rest.iad-01.braze.com` (no trailing slash). */
  origin: string;
  protocol: string;
  hostname: string;
  port: number;
  /** Path prefix without trailing slash, e.g. `` or `/api`. */
  basePath: string;
}

/** True for 127.0.0.0/8, ::1 and localhost (hostname without IPv6 brackets): the only hosts plain http may reach. */
export const isLoopback = (hostname: string): boolean => /^(localhost|::1|127(\.\d{1,3}){3})$/i.test(hostname);

/**
 * Parses and checks a base URL: https always, http only to loopback (tests, local mocks). A bare host
 * (`rest.iad-01.braze.com`, as Braze's dashboard shows it) gets `https://`.
 */
export function parseBaseUrl(raw: string): BaseUrl {
  const url = new URL(/^[a-z][\w+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`); // throws TypeError: Invalid URL
  const { origin, protocol } = url;
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const https = protocol === 'https:';
  if (!https && !(protocol === 'http:' && isLoopback(hostname))) {
    throw new BrazeConfigError(`refusing plain-http baseUrl ${origin}: the API key would travel unencrypted; use https (http only for loopback)`);
  }
  return { origin, protocol, hostname, port: +url.port || (https ? 443 : 80), basePath: url.pathname.replace(/\/+$/, '') };
}

/** One value, percent-encoded as a URI component; dates as ISO 8601. */
export const encode = (v: unknown): string => encodeURIComponent(v instanceof Date ? v.toISOString() : String(v));

/** Encodes one path segment value: `/`, `?`, `#` are escaped, and `.`/`..` cannot act as dot-segments. */
export const encodePathValue = (value: unknown): string => encode(value).replace(/^\.\.?$/, (dots) => '%2E'.repeat(dots.length));

/** Fills `{name}` placeholders from `values` (wire name → value); a missing value is a caller bug. */
export const fillPath = (template: string, values: Record<string, unknown>): string =>
  template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v == null || v === '') throw new TypeError(`missing path parameter ${name}`);
    return encodePathValue(v);
  });

/**
 * Serialises one query parameter into `out` (`key=value` pairs, already encoded), following OpenAPI's
 * `style`/`explode`: arrays repeat the key when exploded, else join with the style's delimiter; objects
 * spread their properties (form, exploded), list them (form), or nest them (`deepObject`: `k[p]=v`).
 * Returns `out`.
 */
export function serializeQueryParam(out: string[], name: string, v: unknown, style = 'form', explode = true): string[] {
  if (v == null) return out;
  if (typeof v !== 'object' || v instanceof Date) out.push(`${encode(name)}=${encode(v)}`);
  else {
    const array = Array.isArray(v);
    const entries = array ? v.map((x) => [name, x] as const) : Object.entries(v).filter((e) => e[1] !== undefined);
    const deep = style === 'deepObject' && !array;
    const delimiter = (array && ({ spaceDelimited: '%20', pipeDelimited: '|' } as Record<string, string>)[style]) || ',';
    // Exploded and deep values recurse: each entry is a parameter of its own (with the default style unless deep).
    if (explode || deep) for (const [k, x] of entries) serializeQueryParam(out, deep ? `${name}[${k}]` : k, x, deep ? style : undefined);
    else out.push(`${encode(name)}=${entries.map(([k, x]) => (array ? '' : `${encode(k)},`) + encode(x)).join(delimiter)}`);
  }
  return out;
}
