/**
 * Path parameters beyond a plain value in the `simple` style: OpenAPI's `label` (`.v`) and `matrix`
 * (`;name=v`) styles, and arrays and objects in any style, exploded or not. Generated code attaches
 * `pathStyle(…)` to such a parameter's descriptor (`fill`), so an app whose API has none (Braze's) never bundles this.
 */
import { pathSegment } from './url.js';

/**
 * The serialiser of one path parameter, per OpenAPI's style table: arrays list their items and objects their
 * entries (`k,v` pairs, or `k=v` when exploded), joined by `,` or, when exploded, by the style's separator.
 * Every name and value is encoded as one segment (see `pathSegment`).
 */
export function pathStyle(name: string, style = 'simple', explode = false): (value: unknown) => string {
  const matrix = style === 'matrix' ? `;${pathSegment(name)}=` : '';
  return (value) => {
    const object = typeof value === 'object' && value !== null && !(value instanceof Date) && !Array.isArray(value);
    const parts = object
      ? Object.entries(value).filter((e) => e[1] != null).map(([k, v]) => pathSegment(k) + (explode ? '=' : ',') + pathSegment(v))
      : [value].flat().map(pathSegment);
    // Exploded: `.a.b` (label), `;name=a;name=b` and `;k=v;k2=v2` (matrix), `a,b` (simple).
    const [prefix, separator] = style === 'label' ? ['.', explode ? '.' : ',']
      : matrix ? (explode ? (object ? [';', ';'] : [matrix, matrix]) : [matrix, ','])
      : ['', ','];
    return prefix + parts.join(separator);
  };
}
