// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * Query parameters beyond the default (`form`, exploded): OpenAPI's `spaceDelimited`, `pipeDelimited` and
 * `deepObject` styles, and arrays and objects that are not exploded. Generated code attaches `queryStyle` to such a
 * parameter's descriptor (`ser`), so an app whose API has none (Braze's) never bundles this; `serializeQueryParam`
 * in `url.ts` is the default's short form.
 */
import { encode } from './url.js';

/**
 * Serialises one query parameter into `out` (`key=value` pairs, already encoded), following OpenAPI's
 * `style`/`explode`: arrays repeat the key when exploded, else join with the style's delimiter; objects
 * spread their properties (form, exploded), list them as `key,value` pairs joined like arrays, or nest them
 * (`deepObject`: `k[p]=v`). Returns `out`.
 */
export function queryStyle(out: string[], name: string, v: unknown, style = 'form', explode = true): string[] {
  if (v == null) return out;
  if (typeof v !== 'object' || v instanceof Date) out.push(`${encode(name)}=${encode(v)}`);
  else {
    const array = Array.isArray(v);
    const entries = array ? v.map((x) => [name, x] as const) : Object.entries(v).filter((e) => e[1] != null);
    const deep = style === 'deepObject' && !array;
    const delimiter = ({ spaceDelimited: '%20', pipeDelimited: '|' } as Record<string, string>)[style] || ',';
    // Exploded and deep values recurse: each entry is a parameter of its own (with the default style unless deep).
    if (explode || deep) for (const [k, x] of entries) queryStyle(out, deep ? `${name}[${k}]` : k, x, deep ? style : undefined);
    else out.push(`${encode(name)}=${(array ? v : entries.flat()).map(encode).join(delimiter)}`);
  }
  return out;
}
