/**
 * A small hand-built model for the docs emitter's unit tests: a catalogue with a deprecated and a no-endpoint
 * permission, an operation with its own rate limit and a request example, a deprecated early-access one with
 * path and query parameters, an operation that needs two permissions, and a SCIM-style one with no permission.
 */
import type { ApiModel, OperationModel, PermissionModel } from '../../src/model/types.js';

const responses = [
  { status: '200', description: 'OK', hasBody: true, headers: [] },
  { status: '403', description: 'Lacks the permission.', hasBody: true, headers: [] },
  { status: '429', description: 'Rate limited.', hasBody: true, headers: [] },
];

function op(partial: Partial<OperationModel> & Pick<OperationModel, 'operationId' | 'method' | 'path' | 'tag'>): OperationModel {
  return {
    name: partial.operationId,
    deprecated: false,
    permissions: [],
    security: [],
    clientPath: [],
    params: [],
    responses,
    successStatus: '200',
    earlyAccess: false,
    auth: 'permissions',
    examples: {},
    inputRenames: [],
    location: { file: 'spec/openapi.yaml' },
    ...partial,
  };
}

function permission(p: Partial<PermissionModel> & Pick<PermissionModel, 'name' | 'group'>): PermissionModel {
  return {
    constName: p.name.toUpperCase().replace(/\./g, '_'),
    description: `Allows ${p.name}.`,
    deprecated: false,
    noEndpoint: false,
    scheme: 'ApiKey',
    operations: [],
    ...p,
  };
}

const usersTrack = op({
  operationId: 'usersTrack',
  method: 'post',
  path: '/users/track',
  tag: 'Users',
  summary: 'Track users',
  description: 'Records attributes.',
  permissions: ['users.track'],
  security: [{ schemes: { ApiKey: ['users.track'] } }],
  clientPath: ['users', 'track'],
  body: { required: true, contentType: 'application/json', kind: 'object', fields: ['attributes', 'id'], requiredFields: ['attributes'] },
  inputRenames: [],
  examples: { request: { attributes: [{ external_id: 'u1', "it's": true }], id: 7 } },
  rateLimit: { limit: 3000, windowSeconds: 3, group: 'users-track', summary: '3,000 requests per 3 seconds (shared: users-track)' },
});

const feedDetails = op({
  operationId: 'feedDetails',
  method: 'get',
  path: '/feed/{card_id}/details',
  tag: 'News Feed',
  deprecated: true,
  earlyAccess: true,
  permissions: ['feed.details'],
  security: [{ schemes: { ApiKey: ['feed.details'] } }],
  clientPath: ['feed', 'details'],
  params: [
    { name: 'card_id', in: 'path', required: true, deprecated: false, style: 'simple', explode: false, inputName: 'card_id', schema: { type: 'string' } },
    { name: 'length', in: 'query', required: true, deprecated: false, style: 'form', explode: true, inputName: 'length', schema: { type: 'integer', example: 14 } },
    { name: 'unit', in: 'query', required: false, deprecated: false, style: 'form', explode: true, inputName: 'unit', schema: { type: 'string', enum: ['day', 'hour'] } },
  ],
});

const usersExport = op({
  operationId: 'usersExport',
  method: 'post',
  path: '/users/export',
  tag: 'Users',
  permissions: ['users.export', 'users.track'],
  security: [{ schemes: { ApiKey: ['users.export', 'users.track'] } }],
  clientPath: ['users', 'export'],
});

const scimGet = op({
  operationId: 'scimUsersGet',
  method: 'get',
  path: '/scim/v2/Users',
  tag: 'SCIM',
  security: [{ schemes: { ScimToken: [], ScimOrigin: [] } }],
  auth: 'other',
  clientPath: ['scim', 'users', 'get'],
});

/** The operations, sorted by operationId as `buildModel` sorts them. */
const operations = [feedDetails, scimGet, usersExport, usersTrack];

/** The fixture model. Its `document` holds each operation so the docs document can decorate it. */
export function fixtureModel(): ApiModel {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const o of operations) {
    paths[o.path] = { ...(paths[o.path] ?? {}), [o.method]: { operationId: o.operationId, description: o.description, responses: {} } };
  }
  return {
    title: 'Test API',
    version: '1.0.0',
    description: 'The test API.',
    openapiVersion: '3.1',
    packageName: 'braze-rest-client',
    defaultRateLimit: '250,000 requests per hour per workspace',
    servers: [],
    instances: [
      { name: 'US-01', baseUrl: 'https://rest.iad-01.example.com' },
      { name: 'EU-01', baseUrl: 'https://rest.fra-01.example.eu' },
    ],
    securitySchemes: [
      { name: 'ApiKey', type: 'http', scheme: 'bearer', description: 'The REST key.', hasCatalogue: true },
      { name: 'ScimToken', type: 'http', scheme: 'bearer', description: 'The SCIM token.', hasCatalogue: false },
      { name: 'ScimOrigin', type: 'apiKey', in: 'header', paramName: 'X-Request-Origin', hasCatalogue: false },
    ],
    operations: structuredClone(operations),
    permissions: [
      permission({ name: 'feed.details', group: 'News Feed', deprecated: true, operations: ['feedDetails'] }),
      permission({ name: 'sso.saml.login', group: 'SSO', noEndpoint: true, note: 'Not a REST endpoint.' }),
      permission({ name: 'users.export', group: 'User Data', operations: ['usersExport'] }),
      permission({ name: 'users.track', group: 'User Data', operations: ['usersExport', 'usersTrack'] }),
    ],
    permissionGroups: ['User Data', 'News Feed', 'SSO'],
    tags: [{ name: 'Users' }, { name: 'News Feed' }, { name: 'SCIM' }],
    tagGroups: [
      { name: 'User Data', tags: ['Users'] },
      { name: 'News Feed', tags: ['News Feed'] },
      { name: 'SCIM', tags: ['SCIM'] },
    ],
    document: { openapi: '3.1.0', info: { title: 'Test API', version: '1.0.0', description: 'The test API.' }, paths },
    specPath: 'spec/openapi.yaml',
  };
}
