// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/** The runtime's public API, re-exported by the generated client; see each module for the reasons. */
export { createClient, type Client, type ClientOptions, type Clock, type Hooks } from './client.js';
export {
  BrazeError, BrazeConfigError, BrazePermissionError, BrazeConnectionError, BrazeTimeoutError, BrazeApiError,
  BrazeBadRequestError, BrazeAuthenticationError, BrazePermissionDeniedError, BrazeNotFoundError,
  BrazeRateLimitError, BrazeServerError, BrazeRedirectError, BrazeResponseError, type CallInfo,
} from './errors.js';
export { bindFacade, type FacadeTable } from './facade.js';
export { paginate, nextLink, type ItemOf, type PaginationDescriptor } from './paginate.js';
export type { RateLimit } from './rate-limit.js';
export { request, type ApiResponse, type OperationDescriptor, type ParamDescriptor, type RequestOptions, type ResultOf } from './request.js';
export type { Allow, ClientFor, MissingPermission, MultipartBody, OperationInput, OperationMethod, OptionalInputMethod, Paginated, Renames } from './types.js';
