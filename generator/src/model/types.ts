/**
 * The generator's one typed model of an API. `buildModel` produces it from a bundled, validated document;
 * every emitter reads only this (plus `document`, passed through untouched to tools that need a whole
 * OpenAPI document: openapi-typescript for schema types, Redoc for docs, the package's bundled spec).
 *
 * The model is spec-agnostic: nothing here is Braze-specific. A spec without a permission catalogue has
 * `permissions: []` and operations with `permissions: []`.
 */
import type { ChangeRecord } from '../shared/changes.js';
import type { SourceLocation } from '../shared/source-location.js';

/** HTTP methods OpenAPI allows on a path item, lowercase as in the document. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** Where a node came from (defined in `shared/`, since the load stage computes it). */
export type { SourceLocation };

export interface ApiModel {
  title: string;
  version: string;
  description?: string;
  /** `3.0` or `3.1`, from the document's `openapi` field. */
  openapiVersion: '3.0' | '3.1';
  /** The generated package's npm name: `info.x-package-name`, else made from the title (`<title>-client`). */
  packageName: string;
  /** The rate limit of operations without `x-rate-limit`, in words (`info.x-default-rate-limit`); none if absent. */
  defaultRateLimit?: string;
  servers: ServerModel[];
  /** Named base URLs (Braze: `x-instances`, e.g. `US-01 → https://rest.iad-01.braze.com`); empty if none. */
  instances: InstanceModel[];
  securitySchemes: SecuritySchemeModel[];
  /** Sorted by `operationId`. */
  operations: OperationModel[];
  /** Sorted by `name`; empty when the spec declares no permission catalogue. */
  permissions: PermissionModel[];
  /** Permission groups in the order they first appear in the catalogue. */
  permissionGroups: string[];
  tags: TagModel[];
  /** From `x-tagGroups`, or one group per tag when absent. */
  tagGroups: TagGroupModel[];
  /** The bundled document, for pass-through emitters only (types, docs, package). Never interpret it. */
  document: Record<string, unknown>;
  /** The root spec file, as given on the command line (relative paths kept relative). */
  specPath: string;
  /** The recorded history of the spec (`changes.yaml` beside the root file), newest first; absent without one. */
  changes?: ChangeRecord[];
}

export type { ChangeRecord, ChangedOperation } from '../shared/changes.js';

export interface ServerModel {
  url: string;
  description?: string;
  variables: Record<string, { default: string; enum?: string[]; description?: string }>;
}

export interface InstanceModel {
  /** e.g. `US-01`. */
  name: string;
  /** Absolute base URL, e.g. `https://rest.iad-01.braze.com`. */
  baseUrl: string;
}

export interface SecuritySchemeModel {
  name: string;
  type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /** For `http`: `bearer`, `basic`, … */
  scheme?: string;
  /** For `apiKey`. */
  in?: 'header' | 'query' | 'cookie';
  paramName?: string;
  description?: string;
  /** True when this scheme carries the permission catalogue (`x-permissions`, or OAuth2 scopes). */
  hasCatalogue: boolean;
  /**
   * True when the catalogue is OAuth2 scopes rather than `x-permissions`. There an empty scope list is valid
   * OpenAPI (no particular scope needed), so an operation may name none; an `x-permissions` key must name one.
   */
  scopesOptional?: true;
}

export interface PermissionModel {
  /** As declared, e.g. `users.track`. */
  name: string;
  /** SCREAMING_SNAKE identifier, e.g. `USERS_TRACK`; unique across the model. */
  constName: string;
  description: string;
  group: string;
  deprecated: boolean;
  /** True when the catalogue marks it as having no REST endpoint (`noEndpoint: true`). */
  noEndpoint: boolean;
  note?: string;
  /** The security scheme that declares it. */
  scheme: string;
  /** operationIds of the operations that require it, sorted. */
  operations: string[];
}

export interface TagModel {
  name: string;
  description?: string;
}

export interface TagGroupModel {
  name: string;
  tags: string[];
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterModel {
  /** The wire name. */
  name: string;
  in: ParameterLocation;
  required: boolean;
  deprecated: boolean;
  description?: string;
  /** The parameter's schema (resolved, bundled form), for docs and type hints only. */
  schema?: Record<string, unknown>;
  /** OpenAPI serialisation (`form`, `simple`, `deepObject`, …) and explode flag, with OpenAPI's defaults applied. */
  style: string;
  explode: boolean;
  /**
   * The key of this value in the operation's flattened `input` object. Equal to `name` unless that clashes
   * with another path/query/header parameter or a top-level body field; see `OperationModel.inputRenames`.
   */
  inputName: string;
}

export interface BodyModel {
  required: boolean;
  /** The chosen media type (`application/json` preferred). */
  contentType: string;
  /**
   * `object`: a JSON object whose top-level properties are flattened into `input`;
   * `other`: anything else (array, string, binary, form), passed as `input.body`.
   */
  kind: 'object' | 'other';
  /** Top-level property names when `kind === 'object'` (wire names), sorted. */
  fields: string[];
  /** Required top-level property names when `kind === 'object'`. */
  requiredFields: string[];
  description?: string;
}

export interface ResponseModel {
  /** `200`, `201`, `4XX`, `5XX`, `default`, … */
  status: string;
  description: string;
  /** The JSON (or first) media type with a schema, if any. */
  contentType?: string;
  hasBody: boolean;
  /** Response header names, lowercase. */
  headers: string[];
}

export interface RateLimitModel {
  /** Requests allowed per window; absent when the endpoint has no fixed limit. */
  limit?: number;
  windowSeconds?: number;
  /** Name of a limit shared with other operations. */
  group?: string;
  note?: string;
  /** Human-readable summary, e.g. `3,000 requests per 3 seconds (shared: users-track)`. */
  summary: string;
}

export type PaginationModel =
  | { style: 'page'; itemsField: string; pageParam: string; pageSize?: number }
  | { style: 'offset'; itemsField: string; offsetParam: string; limitParam: string; maxLimit?: number }
  | { style: 'cursor'; itemsField: string; cursorParam?: string; pageSize?: number };

export type OperationAuth = 'permissions' | 'none' | 'other';

export interface SecurityRequirementModel {
  /** Scheme name → scopes; one entry per scheme that must be satisfied together. */
  schemes: Record<string, string[]>;
}

export interface OperationModel {
  /** As in the spec; unique. Made from method and path when the spec gives none (see `idFromPath`). */
  operationId: string;
  /** Set when the spec gives no operationId: its types are then reached through `paths`, not `operations`. */
  idFromPath?: true;
  /** A valid, unique TypeScript identifier derived from `operationId` (camelCase). */
  name: string;
  method: HttpMethod;
  /** The path template as in the spec, e.g. `/catalogs/{catalog_name}/items`. */
  path: string;
  summary?: string;
  description?: string;
  /** The first tag, or `default` when the operation has none. */
  tag: string;
  deprecated: boolean;
  /** Permission names the operation requires (scopes of catalogue schemes), sorted, deduplicated. */
  permissions: string[];
  /** Effective security (operation-level, else document-level); `[]` means no authentication. */
  security: SecurityRequirementModel[];
  /**
   * How a caller authenticates: `permissions` when a credential scoped by the catalogue (an API key holding
   * `permissions`) can call it, `none` when no credential is needed, `other` when only schemes outside the
   * catalogue work (Braze's SCIM token): a permission-scoped key cannot call those, whatever it holds.
   */
  auth: OperationAuth;
  /**
   * The facade path on the client: from `x-client-method` (`catalogs.items.list`), else derived from the path.
   * Unique across operations; each segment is a valid identifier.
   */
  clientPath: string[];
  /** Path-item and operation parameters merged (operation wins), sorted: path, query, header, cookie; then by name. */
  params: ParameterModel[];
  body?: BodyModel;
  /** Sorted by status. */
  responses: ResponseModel[];
  /** The first 2XX response status (`200` if none is declared). */
  successStatus: string;
  rateLimit?: RateLimitModel;
  pagination?: PaginationModel;
  earlyAccess: boolean;
  /** `externalDocs.url` of the operation. */
  docsUrl?: string;
  /** The first request-body example and the first success-response example, when the spec has them. */
  examples: { request?: unknown; response?: unknown };
  /**
   * Renames made to flatten `input` without clashes: `{ from: 'id', to: 'query_id', in: 'query' }`. Only
   * parameters move; body fields keep their names (they are the payload the API documents).
   */
  inputRenames: { from: string; to: string; in: ParameterLocation }[];
  location: SourceLocation;
}
