// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * The client's error classes, one per failure a caller handles differently (Stainless style): a class per
 * HTTP status family behind one factory, plus errors raised before or instead of a response. None of them
 * ever holds the API key: messages and bodies are scrubbed by the caller before they get here.
 */
import type { RateLimit } from './rate-limit.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ErrorClass = new (...args: any[]) => Error;

/** A compile-time-only mark (never set at run time) that tells a `subclass` apart from its parent. */
declare const kind: unique symbol;

/**
 * The type of `subclass(Base, n)`: `Base`'s statics, and instances that are `Base`'s plus the mark. Without
 * the mark a subclass would be structurally its parent, and after `if (e instanceof BrazeNotFoundError)
 * return` TypeScript would narrow a `BrazeApiError` to `never`.
 */
type Subclass<B extends ErrorClass, N extends string> = Omit<B, 'prototype'> & {
  new (...args: ConstructorParameters<B>): InstanceType<B> & { readonly [kind]: Record<N, true> };
  prototype: InstanceType<B> & { readonly [kind]: Record<N, true> };
};

/**
 * A subclass of `Base` named `Braze<n>Error`, as class name and as `error.name`, with no other code:
 * `instanceof` tells the subclasses apart, and the names survive minification (they are data, not identifiers).
 */
function subclass<B extends ErrorClass, N extends string>(Base: B, n: N | string): Subclass<B, N> {
  return { [n = `Braze${n}Error`]: class extends Base { override name = n; } }[n] as unknown as Subclass<B, N>;
}

/**
 * Base of every error the client raises about a call or its configuration. Two failures are not one: an
 * aborted `signal` rejects with the signal's own reason (as `fetch` does), and a required path parameter left
 * out by untyped code is a `TypeError`.
 */
export class BrazeError extends Error {
  override name = 'BrazeError';
  /** `fields` become properties of the error (`cause` also sets the standard one). */
  constructor(message?: string, fields?: object) {
    super(message, fields);
    Object.assign(this, fields);
  }
}

/** The client was configured unsafely or incompletely (plain-http public base URL, key with CR/LF, no key). */
export const BrazeConfigError = /* @__PURE__ */ subclass(BrazeError, 'Config');
/** The client was configured unsafely or incompletely. */
export type BrazeConfigError = InstanceType<typeof BrazeConfigError>;

/**
 * The client was created with a `permissions` list that does not include what the operation needs; thrown
 * before any network traffic, so a least-privilege key is never even tried on the wrong endpoint.
 */
export class BrazePermissionError extends BrazeError {
  override name = 'BrazePermissionError';
  declare readonly operationId: string;
  declare readonly requiredPermissions: readonly string[];
  declare readonly missingPermissions: readonly string[];
  constructor(operationId: string, requiredPermissions: readonly string[], missingPermissions: readonly string[]) {
    super(`${operationId} needs ${missingPermissions.length
      ? `permission ${missingPermissions.join(', ')}, not granted to this client`
      : 'another credential: use a client without permissions'}`, { operationId, requiredPermissions, missingPermissions });
  }
}

/** Where a call was going and how many attempts it made: on every error about a sent request, for logs and alerts. */
export interface CallInfo {
  readonly operationId: string;
  /** The HTTP method and the path template (`/catalogs/{catalog_name}/items`: no values, so no personal data). */
  readonly method: string;
  readonly path: string;
  readonly attempts: number;
}

/** The request never got an HTTP response (DNS, refused, reset). `cause` holds the underlying error. */
export const BrazeConnectionError = /* @__PURE__ */ subclass(BrazeError as unknown as new (message?: string, fields?: object) => BrazeError & CallInfo, 'Connection');
/** The request never got an HTTP response. */
export type BrazeConnectionError = InstanceType<typeof BrazeConnectionError>;

/** No response within `timeoutMs`. A subclass of the connection error, as a timed-out POST may have landed. */
export const BrazeTimeoutError = /* @__PURE__ */ subclass(BrazeConnectionError, 'Timeout');
/** No response within `timeoutMs`. */
export type BrazeTimeoutError = InstanceType<typeof BrazeTimeoutError>;

/**
 * A response the client cannot use, thrown as it is, never retried: a 2XX whose body is not the JSON the
 * operation declares (a truncated body, a proxy's HTML page), a body over `maxResponseBytes`, or a next-page
 * link that leads back to a page already read. The request reached a server and may have been processed.
 */
export const BrazeResponseError = /* @__PURE__ */ subclass(BrazeError as ErrorClass as new (message: string, fields: ResponseFields) => BrazeError & Readonly<ResponseFields>, 'Response');
/** A response the client cannot use. */
export type BrazeResponseError = InstanceType<typeof BrazeResponseError>;

/** The fields of a `BrazeResponseError`. */
export interface ResponseFields {
  operationId: string;
  status: number;
  /** The start of the body (at most 1,000 characters), the key taken out; absent for a repeated page. */
  body?: string;
}

/** What the factory needs to build an API error. */
export interface ApiErrorInit extends Partial<CallInfo> {
  status: number;
  operationId: string;
  /** The response's `X-Request-Id`, when it has one: Braze documents no request-id header, but a gateway may add this common one. */
  requestId?: string;
  requiredPermissions: readonly string[];
  body: unknown;
  headers: Record<string, string>;
  rateLimit: RateLimit;
  /**
   * True for a 429 that retries were left for but that was not retried: the wait the server asked for
   * (`rateLimit.reset`, `Retry-After`) is past `maxRetryWaitMs`, or past the call's `deadlineMs`.
   */
  waitTooLong?: boolean;
}

/** Any non-2XX response. `errors` is Braze's `errors` array when present; `body` the parsed body. */
export class BrazeApiError extends BrazeError {
  override name = 'BrazeApiError';
  declare readonly status: number;
  declare readonly operationId: string;
  declare readonly errors: unknown[];
  declare readonly body: unknown;
  declare readonly headers: Record<string, string>;
  declare readonly rateLimit: RateLimit;
  declare readonly requiredPermissions: readonly string[];
  declare readonly method?: string;
  declare readonly path?: string;
  declare readonly attempts?: number;
  declare readonly requestId?: string;
  declare readonly waitTooLong?: boolean;

  /**
   * The message names the status, the operation, its method and path, Braze's own message, for a 401 or 403 the
   * permission the key probably lacks, and for a 429 that was not retried, why.
   */
  constructor(init: ApiErrorInit) {
    const { status } = init;
    const b = init.body as { message?: unknown; error?: unknown; detail?: unknown; errors?: unknown } | string | null;
    const detail = typeof b === 'string' ? b : b?.message ?? b?.error ?? b?.detail;
    const errors = (b as { errors?: unknown } | null)?.errors;
    const perms = init.requiredPermissions.join(', ');
    super(`${status} from ${init.operationId}${init.method ? ` (${init.method} ${init.path})` : ''}${detail && typeof detail === 'string' ? `: ${detail.slice(0, 200)}` : ''}${
      status === 401 ? ` (invalid key, or a key of another instance${perms && `; needs ${perms}`})`
      : status === 403 && perms ? ` (the key probably lacks ${perms})`
      : init.waitTooLong ? ' (not retried: wait past maxRetryWaitMs/deadlineMs)' : ''}`, { ...init, errors: Array.isArray(errors) ? errors : [] });
  }

  /** Picks the subclass for `init.status`. */
  static from(init: ApiErrorInit): BrazeApiError {
    const s = init.status;
    return new (({
      400: BrazeBadRequestError, 401: BrazeAuthenticationError, 403: BrazePermissionDeniedError, 404: BrazeNotFoundError, 429: BrazeRateLimitError,
    } as Record<number, typeof BrazeApiError>)[s] ?? (s > 499 ? BrazeServerError : s < 400 ? BrazeRedirectError : BrazeApiError))(init);
  }
}

/**
 * 3XX: a redirect, which is never followed (the key and a POST's body would go where the answer says; its
 * `headers.location` says where); with `fetch` in a browser its status is 0 (an opaque redirect). Usually a
 * proxy or a wrong `baseUrl`.
 */
export const BrazeRedirectError = /* @__PURE__ */ subclass(BrazeApiError, 'Redirect');
/** 400: the request was malformed or refused as invalid. */
export const BrazeBadRequestError = /* @__PURE__ */ subclass(BrazeApiError, 'BadRequest');
/** 401: the key is missing, invalid, or belongs to another instance. */
export const BrazeAuthenticationError = /* @__PURE__ */ subclass(BrazeApiError, 'Authentication');
/** 403: the key lacks the permission (or the account lacks the feature). */
export const BrazePermissionDeniedError = /* @__PURE__ */ subclass(BrazeApiError, 'PermissionDenied');
/** 404: unknown URL or resource. */
export const BrazeNotFoundError = /* @__PURE__ */ subclass(BrazeApiError, 'NotFound');
/** 429: rate limited, after the retries allowed were used up; `rateLimit.reset` says when to come back. */
export const BrazeRateLimitError = /* @__PURE__ */ subclass(BrazeApiError, 'RateLimit');
/** 5XX: server-side failure, after the retries allowed were used up. */
export const BrazeServerError = /* @__PURE__ */ subclass(BrazeApiError, 'Server');

/** 3XX: a redirect, never followed. */
export type BrazeRedirectError = InstanceType<typeof BrazeRedirectError>;
/** 400: the request was malformed or refused as invalid. */
export type BrazeBadRequestError = InstanceType<typeof BrazeBadRequestError>;
/** 401: the key is missing, invalid, or belongs to another instance. */
export type BrazeAuthenticationError = InstanceType<typeof BrazeAuthenticationError>;
/** 403: the key lacks the permission (or the account lacks the feature). */
export type BrazePermissionDeniedError = InstanceType<typeof BrazePermissionDeniedError>;
/** 404: unknown URL or resource. */
export type BrazeNotFoundError = InstanceType<typeof BrazeNotFoundError>;
/** 429: rate limited; `rateLimit.reset` says when to come back. */
export type BrazeRateLimitError = InstanceType<typeof BrazeRateLimitError>;
/** 5XX: server-side failure. */
export type BrazeServerError = InstanceType<typeof BrazeServerError>;
