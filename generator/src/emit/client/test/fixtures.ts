/** Hand-built models for the emitter's given/want tests: the smallest inputs that exercise each branch. */
import type { ApiModel, OperationModel } from '../../../model/types.js';

/** An operation with defaults filled in; override what the case is about. */
export function op(over: Partial<OperationModel> & Pick<OperationModel, 'operationId'>): OperationModel {
  return {
    name: over.operationId, method: 'get', path: '/x', tag: 'default', deprecated: false, permissions: [], security: [],
    clientPath: ['x'], params: [], responses: [{ status: '200', description: 'ok', contentType: 'application/json', hasBody: true, headers: [] }],
    successStatus: '200', earlyAccess: false, auth: 'permissions', examples: {}, inputRenames: [], location: { file: 'spec.yaml' },
    ...over,
  };
}

/** A model holding `operations`, with a permission catalogue when any operation needs one. */
export function model(operations: OperationModel[], over: Partial<ApiModel> = {}): ApiModel {
  const names = [...new Set(operations.flatMap((o) => o.permissions))].sort();
  return {
    title: 'Test', version: '1', openapiVersion: '3.1', packageName: 'test-client', servers: [], instances: [], securitySchemes: [], operations,
    permissions: names.map((name) => ({
      name, constName: name.toUpperCase().replace(/\W/g, '_'), description: name, group: 'G', deprecated: false, noEndpoint: false,
      scheme: 'Key', operations: operations.filter((o) => o.permissions.includes(name)).map((o) => o.operationId),
    })),
    permissionGroups: ['G'], tags: [], tagGroups: [], document: {}, specPath: 'spec.yaml',
    ...over,
  };
}

/** `POST /users/track` as Braze describes it. */
export const USERS_TRACK = op({
  operationId: 'usersTrack', method: 'post', path: '/users/track', clientPath: ['users', 'track'], permissions: ['users.track'],
  summary: 'Track users', rateLimit: { limit: 3000, windowSeconds: 3, summary: '3,000 requests per 3 seconds' },
  docsUrl: 'https://www.braze.com/docs/api/endpoints/user_data/post_user_track/',
  body: { required: true, contentType: 'application/json', kind: 'object', fields: ['attributes'], requiredFields: [] },
  responses: [{ status: '201', description: 'queued', contentType: 'application/json', hasBody: true, headers: [] }], successStatus: '201',
});

/** `GET /catalogs/{catalog_name}/items`, cursor-paginated, with a renamed query parameter. */
export const ITEMS_LIST = op({
  operationId: 'catalogsItemsList', path: '/catalogs/{catalog_name}/items', clientPath: ['catalogs', 'items', 'list'],
  permissions: ['catalogs.get_items'], pagination: { style: 'cursor', itemsField: 'items', cursorParam: 'cursor' },
  params: [
    { name: 'catalog_name', in: 'path', required: true, deprecated: false, style: 'simple', explode: false, inputName: 'catalog_name' },
    { name: 'fields', in: 'query', required: false, deprecated: false, style: 'form', explode: false, inputName: 'fields' },
    { name: 'id', in: 'query', required: false, deprecated: false, style: 'form', explode: true, inputName: 'query_id' },
  ],
  inputRenames: [{ from: 'id', to: 'query_id', in: 'query' }],
});
