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
  protocol: 'http:' | 'https:';
  hostname: string;
  port: number;
  /** Path prefix without trailing slash, e.g. `` or `/api`. */
  basePath: string;
}

/** True for 127.0.0.0/8, ::1 and localhost (hostname without IPv6 brackets): the only hosts plain http may reach. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * Parses and checks a base URL: https always, http only to loopback (tests, local mocks). A bare host
 * (`rest.iad-01.braze.com`, as Braze's dashboard shows it) gets `https://`.
 */
export function parseBaseUrl(raw: string): BaseUrl {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  const url = new URL(text); // throws TypeError: Invalid URL
  const protocol = url.protocol;
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  if (protocol !== 'https:' && !(protocol === 'http:' && isLoopback(hostname))) {
    throw new BrazeConfigError(`refusing plain-http baseUrl ${url.origin}: the API key would travel unencrypted; use https (http only for loopback)`);
  }
  return {
    origin: url.origin,
    protocol: protocol as BaseUrl['protocol'],
    hostname,
    port: url.port ? Number(url.port) : protocol === 'https:' ? 443 : 80,
    basePath: url.pathname.replace(/\/+$/, ''),
  };
}

/** Encodes one path segment value: `/`, `?`, `#` are escaped, and `.`/`..` cannot act as dot-segments. */
export function encodePathValue(value: unknown): string {
  const s = encodeURIComponent(String(value));
  return s === '.' || s === '..' ? s.replace(/\./g, '%2E') : s;
}

/** Fills `{name}` placeholders from `values` (wire name → value); a missing value is a caller bug. */
export function fillPath(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined || v === null || v === '') throw new TypeError(`missing path parameter ${name}`);
    return encodePathValue(v);
  });
}

function scalar(v: unknown): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

const enc = encodeURIComponent;
const DELIMITER: Record<string, string> = { form: ',', spaceDelimited: '%20', pipeDelimited: '|' };

/**
 * Serialises one query parameter into `out` (`key=value` pairs, already encoded), following OpenAPI's
 * `style`/`explode`: arrays repeat the key when exploded, else join with the style's delimiter; objects
 * spread their properties (form, exploded), list them (form), or nest them (`deepObject`: `k[p]=v`).
 */
export function serializeQueryParam(out: string[], name: string, value: unknown, style = 'form', explode = true): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    if (explode) for (const v of value) out.push(`${enc(name)}=${enc(scalar(v))}`);
    else out.push(`${enc(name)}=${value.map((v) => enc(scalar(v))).join(DELIMITER[style] ?? ',')}`);
  } else if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (style === 'deepObject') {
      for (const [k, v] of entries) serializeQueryParam(out, `${name}[${k}]`, v, 'deepObject', true);
    } else if (explode) {
      for (const [k, v] of entries) out.push(`${enc(k)}=${enc(scalar(v))}`);
    } else {
      out.push(`${enc(name)}=${entries.map(([k, v]) => `${enc(k)},${enc(scalar(v))}`).join(',')}`);
    }
  } else {
    out.push(`${enc(name)}=${enc(scalar(value))}`);
  }
}
