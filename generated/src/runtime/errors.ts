// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * The client's error classes, one per failure a caller handles differently (Stainless style): a class per
 * HTTP status family behind one factory, plus errors raised before or instead of a response. None of them
 * ever holds the API key: messages and bodies are scrubbed by the caller before they get here.
 */
import type { RateLimit } from './rate-limit.js';

/** Base of every error this client throws, so `catch (e) { if (e instanceof BrazeError) … }` catches all. */
export class BrazeError extends Error {
  override name = 'BrazeError';
}

/** The client was configured unsafely or incompletely (plain-http public base URL, key with CR/LF, no key). */
export class BrazeConfigError extends BrazeError {
  override name = 'BrazeConfigError';
}

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
    super(`${operationId} needs permission ${missingPermissions.join(', ')}, which this client was not given`);
    Object.assign(this, { operationId, requiredPermissions, missingPermissions });
  }
}

/** The request never got an HTTP response (DNS, refused, reset). `cause` holds the underlying error. */
export class BrazeConnectionError extends BrazeError {
  override name = 'BrazeConnectionError';
}

/** No response within `timeoutMs`. A subclass of the connection error, as a timed-out POST may have landed. */
export class BrazeTimeoutError extends BrazeConnectionError {
  override name = 'BrazeTimeoutError';
}

/** What the factory needs to build an API error. */
export interface ApiErrorInit {
  status: number;
  operationId: string;
  requiredPermissions: readonly string[];
  body: unknown;
  headers: Record<string, string>;
  rateLimit: RateLimit;
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

  constructor(init: ApiErrorInit, hint = '') {
    const detail = describeBody(init.body);
    super(`${init.status} from ${init.operationId}${detail ? `: ${detail}` : ''}${hint}`);
    const errors = (init.body as { errors?: unknown } | null)?.errors;
    Object.assign(this, init, { errors: Array.isArray(errors) ? errors : [] });
  }

  /** Picks the subclass for `init.status`; 401 and 403 messages name the permission the key probably lacks. */
  static from(init: ApiErrorInit): BrazeApiError {
    const s = init.status;
    const perms = init.requiredPermissions.join(', ');
    if (s === 400) return new BrazeBadRequestError(init);
    if (s === 401) {
      return new BrazeAuthenticationError(init, ` (invalid key, or a key of another instance${perms ? `; needs ${perms}` : ''})`);
    }
    if (s === 403) return new BrazePermissionDeniedError(init, perms ? ` (the API key probably lacks ${perms})` : '');
    if (s === 404) return new BrazeNotFoundError(init);
    if (s === 429) return new BrazeRateLimitError(init);
    if (s >= 500) return new BrazeServerError(init);
    return new BrazeApiError(init);
  }
}

/** 400: the request was malformed or refused as invalid. */
export class BrazeBadRequestError extends BrazeApiError {
  override name = 'BrazeBadRequestError';
}
/** 401: the key is missing, invalid, or belongs to another instance. */
export class BrazeAuthenticationError extends BrazeApiError {
  override name = 'BrazeAuthenticationError';
}
/** 403: the key lacks the permission (or the account lacks the feature). */
export class BrazePermissionDeniedError extends BrazeApiError {
  override name = 'BrazePermissionDeniedError';
}
/** 404: unknown URL or resource. */
export class BrazeNotFoundError extends BrazeApiError {
  override name = 'BrazeNotFoundError';
}
/** 429: rate limited, after the retries allowed were used up; `rateLimit.reset` says when to come back. */
export class BrazeRateLimitError extends BrazeApiError {
  override name = 'BrazeRateLimitError';
}
/** 5XX: server-side failure, after the retries allowed were used up. */
export class BrazeServerError extends BrazeApiError {
  override name = 'BrazeServerError';
}

function describeBody(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 200);
  const b = body as { message?: unknown; error?: unknown; detail?: unknown } | null;
  const text = b?.message ?? b?.error ?? b?.detail;
  return typeof text === 'string' ? text : '';
}
