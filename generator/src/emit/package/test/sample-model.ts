/** A small hand-built model for the package emitter's tests (two operations, two permission groups). */
import type { ApiModel, OperationModel } from '../../../model/types.js';

function operation(partial: Partial<OperationModel> & Pick<OperationModel, 'operationId' | 'clientPath'>): OperationModel {
  return {
    name: partial.operationId,
    method: 'post',
    path: `/${partial.clientPath.join('/')}`,
    tag: 'Users',
    deprecated: false,
    permissions: [],
    security: [],
    params: [],
    responses: [{ status: '200', description: 'OK', hasBody: true, contentType: 'application/json', headers: [] }],
    successStatus: '200',
    earlyAccess: false,
    auth: 'permissions',
    examples: {},
    inputRenames: [],
    location: { file: 'spec/openapi.yaml' },
    ...partial,
  };
}

/** Builds the sample model; `version` overrides `info.version`. */
export function sampleModel(version = '2026.11.0'): ApiModel {
  return {
    title: 'Braze REST API',
    version,
    openapiVersion: '3.1',
    packageName: 'braze-rest-client',
    defaultRateLimit: '250,000 requests per hour per workspace',
    servers: [{ url: 'https://{host}', variables: { host: { default: 'rest.iad-01.braze.com' } } }],
    instances: [{ name: 'US-01', baseUrl: 'https://rest.iad-01.braze.com' }],
    securitySchemes: [{ name: 'BrazeApiKey', type: 'http', scheme: 'bearer', hasCatalogue: true }],
    operations: [
      operation({
        operationId: 'usersTrack',
        clientPath: ['users', 'track'],
        summary: 'Record | attributes',
        permissions: ['users.track'],
        security: [{ schemes: { BrazeApiKey: ['users.track'] } }],
        body: { required: true, contentType: 'application/json', kind: 'object', fields: ['attributes'], requiredFields: [] },
        examples: { request: { attributes: [{ external_id: 'u1', plan: 'pro' }] } },
        rateLimit: { limit: 3000, windowSeconds: 3, summary: '3,000 requests per 3 seconds' },
      }),
      operation({
        operationId: 'scimUsersGet',
        clientPath: ['scim', 'users', 'get'],
        method: 'get',
        path: '/scim/v2/Users/{id}',
        security: [{ schemes: { ScimToken: [], ScimRequestOrigin: [] } }],
      }),
      operation({
        operationId: 'bannersSync',
        clientPath: ['banners', 'sync'],
        path: '/v1/banners/sync',
        auth: 'other',
        security: [{ schemes: { BrazeClientKey: ['banners.sync'] } }],
      }),
    ],
    permissions: [
      {
        name: 'users.track', constName: 'USERS_TRACK', description: 'Record <b>attributes</b>.', group: 'User Data',
        deprecated: false, noEndpoint: false, scheme: 'BrazeApiKey', operations: ['usersTrack'],
      },
      {
        name: 'sso.saml.login', constName: 'SSO_SAML_LOGIN', description: 'SAML sign-in.', group: 'SSO',
        deprecated: false, noEndpoint: true, scheme: 'BrazeApiKey', operations: [],
      },
    ],
    permissionGroups: ['User Data', 'SSO'],
    tags: [{ name: 'Users' }],
    tagGroups: [{ name: 'Users', tags: ['Users'] }],
    document: { openapi: '3.1.0', info: { title: 'Braze REST API', version }, paths: {} },
    specPath: 'spec/openapi.yaml',
  };
}
