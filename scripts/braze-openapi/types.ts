/**
 * Shapes shared by the comparison with Braze's per-endpoint OpenAPI files
 * (braze.com/docs/assets/api/openapi/<group>_<page>.yaml): what one of their files says, what our spec
 * says about the same operation, and the report comparing the two.
 */

/** A request-body field: `attributes[].external_id` → whether it is required (where its parent is sent). */
export type FieldMap = Record<string, { required: boolean }>;

/** A parameter other than a path variable (those are compared through the path). */
export interface ParamInfo {
  name: string;
  in: string;
  required: boolean;
}

/** A rate limit read from prose or from `x-rate-limit`. */
export type RateLimitInfo =
  | { kind: 'limit'; limit: number; windowSeconds: number; text: string }
  | { kind: 'default'; text: string }
  | { kind: 'none'; text: string };

/** One operation of one of Braze's files. */
export interface PeerOperation {
  file: string;
  line: number;
  method: string;
  path: string;
  /** The permissions the file names: its security scopes if it lists any, else those its prose names. */
  permissions: string[];
  /** Every rate limit its prose states (a page may state several, e.g. with and without a segment). */
  rateLimits: RateLimitInfo[];
  params: ParamInfo[];
  /** `undefined` when the operation has no request body. */
  body?: FieldMap;
  /** Whether its security names a bearer scheme (a REST API key), something else, or nothing. */
  auth: 'bearer' | 'other' | 'none';
}

/** Something wrong in Braze's file itself (as opposed to a difference from our spec). */
export interface PeerDefect {
  file: string;
  line: number;
  kind: 'several-paths' | 'no-paths' | 'no-security' | 'no-permission-prose' | 'path-contradicts-spec' | 'ambiguous-path';
  message: string;
}

/** One of Braze's files, parsed. */
export interface PeerFile {
  file: string;
  /** The language its `info` declares (`x-locale`, `x-language`), when it declares one. */
  language?: string;
  operations: PeerOperation[];
  defects: PeerDefect[];
}

/** An operation of our spec, reduced to what the comparison reads. */
export interface OurOperation {
  operationId: string;
  method: string;
  path: string;
  file: string;
  line?: number;
  permissions: string[];
  /** `other`: authenticated by a credential outside the permission catalogue (SCIM's token). */
  auth: 'permissions' | 'other' | 'none';
  rateLimit: RateLimitInfo;
  params: ParamInfo[];
  body?: FieldMap;
}

/** Our spec, reduced. */
export interface OurSpec {
  operations: OurOperation[];
  /** `info.x-default-rate-limit` read as a number, when it states one (250,000 per hour). */
  defaultLimit?: RateLimitInfo;
}

/**
 * One difference for one operation. `lacks`: theirs has it, ours does not (an operation, parameter or body
 * field); `disagrees`: both have it and they differ (required-ness, permission, rate limit); `extra`: ours has
 * it, theirs does not (fine: ours must be a superset).
 */
export interface Difference {
  kind: 'lacks' | 'disagrees' | 'extra';
  subject: 'operation' | 'parameter' | 'body-field' | 'permission' | 'rate-limit';
  message: string;
}

/** The comparison of one of their operations with ours. */
export interface OperationReport {
  method: string;
  path: string;
  peer: { file: string; line: number };
  /** Our matching operation, when there is one. */
  ours?: { operationId: string; method: string; path: string; file: string; line?: number };
  differences: Difference[];
}

/** The result of a whole run. */
export interface BrazeOpenApiReport {
  files: string[];
  /** Files of a folder left out, with the reason (a non-English variant). */
  skipped: { file: string; reason: string }[];
  peerOperationCount: number;
  ourOperationCount: number;
  operations: OperationReport[];
  defects: PeerDefect[];
  /** `METHOD /path` of our operations that no file read covers. */
  uncovered: string[];
  counts: { lacks: number; disagrees: number; extra: number; defects: number };
}
