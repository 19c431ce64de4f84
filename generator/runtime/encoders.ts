/**
 * What an operation's descriptor attaches when its parameters or body need more than the request loop's
 * defaults (one plain value per header; JSON, a string or bytes as the body): cookie parameters and urlencoded
 * bodies. Generated code imports these only for operations that need them, so an API without any (Braze's)
 * never bundles them, as with `path-style.ts` and `query-style.ts`.
 */
import { encode, serializeQueryParam } from './url.js';

/**
 * A cookie parameter's `fill`: its descriptor is a `cookie` header parameter (input key = the parameter's), and
 * this appends `name=value` to what the header already holds (an earlier cookie parameter, the client's own).
 */
export const cookieParam = (name: string) => (value: unknown, previous?: string): string =>
  `${previous ? `${previous}; ` : ''}${name}=${encode(value)}`;

/** An `application/x-www-form-urlencoded` body's `enc`: an object's fields as a form (a string is sent as it is). */
export const formBody = (value: unknown): string =>
  typeof value === 'string' ? value : serializeQueryParam([], '', value).join('&');
