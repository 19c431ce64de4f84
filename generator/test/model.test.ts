import { describe, expect, it } from 'vitest';
import { toCamelCase, toScreamingSnake, uniqueName } from '../src/shared/identifiers.js';
import { escapeJsDoc } from '../src/emit/shared/js-doc.js';
import { buildModel } from '../src/model/build-model.js';
import { buildInstances, buildPackageName, buildSecuritySchemes, buildServers, buildTagGroups, buildTags } from '../src/model/document-info.js';
import { buildPagination, describeWindow, summariseRateLimit } from '../src/model/extensions.js';
import { assignClientPaths, assignOperationNames, type NamingInput } from '../src/model/identifiers.js';
import { assignInputNames } from '../src/model/input-names.js';
import { inMemoryLocator } from '../src/model/locator.js';
import { buildParams } from '../src/model/params.js';
import { operationAuth } from '../src/model/permissions.js';
import type { BodyModel, OperationAuth, ParameterModel, SecurityRequirementModel, SecuritySchemeModel } from '../src/model/types.js';

const param = (name: string, where: ParameterModel['in']): ParameterModel => ({
  name, in: where, required: where === 'path', deprecated: false, style: 'form', explode: true, inputName: name,
});
const objectBody = (fields: string[]): BodyModel => ({ required: true, contentType: 'application/json', kind: 'object', fields, requiredFields: [] });

describe('identifiers', () => {
  it.each([
    ['users.track', 'usersTrack'],
    ['actions/get-workflow', 'actionsGetWorkflow'],
    ['GetHTTPResponse', 'getHTTPResponse'],
    ['2fa.enable', '_2faEnable'],
    ['delete', '_delete'],
    ['', '_'],
  ])('toCamelCase(%j) → %j', (given, want) => expect(toCamelCase(given)).toBe(want));

  it.each([
    ['users.track', 'USERS_TRACK'],
    ['users.export.global_control_group', 'USERS_EXPORT_GLOBAL_CONTROL_GROUP'],
    ['repo:status', 'REPO_STATUS'],
  ])('toScreamingSnake(%j) → %j', (given, want) => expect(toScreamingSnake(given)).toBe(want));

  it('uniqueName keeps the first and numbers later clashes', () => {
    const taken = new Set<string>();
    expect(['a', 'a', 'v2', 'v2'].map((n) => uniqueName(n, taken))).toEqual(['a', 'a2', 'v2', 'v2_2']);
  });

  it.each([
    ['ends with */ here', 'ends with *\\/ here'],
    ['line\r\nbreak', 'line\nbreak'],
    ['/* opens a nested comment, harmless */', '/* opens a nested comment, harmless *\\/'],
  ])('escapeJsDoc(%j) → %j', (given, want) => expect(escapeJsDoc(given)).toBe(want));

  it('operation names are unique camelCase in operationId order', () => {
    const ops: NamingInput[] = [
      { operationId: 'users-track', method: 'post', path: '/a' },
      { operationId: 'usersTrack', method: 'post', path: '/b' },
    ];
    expect(Object.fromEntries(assignOperationNames(ops))).toEqual({ 'users-track': 'usersTrack', usersTrack: 'usersTrack2' });
  });

  it('client paths: x-client-method kept, derived otherwise, no method that is also a namespace, unique', () => {
    const ops: NamingInput[] = [
      { operationId: 'a', method: 'get', path: '/users/export', clientMethod: 'users.export' },
      { operationId: 'b', method: 'post', path: '/users/export/ids', clientMethod: 'users.export.ids' },
      { operationId: 'c', method: 'get', path: '/repos/{owner}/{repo}' },
      { operationId: 'd', method: 'get', path: '/repos/{owner}/{repo}/issues' },
      { operationId: 'e', method: 'get', path: '/repos/{owner}' },
      { operationId: 'f', method: 'get', path: '/x', clientMethod: 'catalogs.item-list' },
    ];
    const paths = assignClientPaths(ops, assignOperationNames(ops));
    expect(Object.fromEntries([...paths].map(([id, p]) => [id, p.join('.')]))).toEqual({
      a: 'users.export.list',
      b: 'users.export.ids',
      c: 'repos.get',
      d: 'repos.issues.list',
      e: 'repos.e',
      f: 'catalogs.itemList',
    });
  });
});

describe('input flattening', () => {
  it('a parameter clashing with a body field becomes <in>_<name>; the body field keeps its name', () => {
    const { params, renames } = assignInputNames([param('id', 'query'), param('catalog', 'path')], objectBody(['id', 'items']));
    expect(params.map((p) => p.inputName)).toEqual(['catalog', 'query_id']);
    expect(renames).toEqual([{ from: 'id', to: 'query_id', in: 'query' }]);
  });

  it('parameters sharing a name: path keeps it, later locations are renamed; `body` is reserved for whole bodies', () => {
    const other: BodyModel = { ...objectBody([]), kind: 'other' };
    const { params } = assignInputNames([param('id', 'header'), param('id', 'path'), param('body', 'query')], other);
    expect(params.map((p) => p.inputName)).toEqual(['id', 'query_body', 'header_id']);
  });

  it('a bracket-array wire name (`ids[]`) is offered without its brackets, or under its wire name when that is taken', () => {
    const { params, renames } = assignInputNames([param('ids[]', 'query'), param('tags[]', 'query')], objectBody(['tags']));
    expect(params.map((p) => [p.name, p.inputName])).toEqual([['ids[]', 'ids'], ['tags[]', 'tags[]']]);
    expect(renames).toEqual([{ from: 'ids[]', to: 'ids', in: 'query' }]);
  });

  it('a plain parameter and its bracket form (`external_id`, `external_id[]`) are two inputs under their wire names', () => {
    const { params, renames } = assignInputNames([param('external_id[]', 'query'), param('external_id', 'query'), param('email', 'query')], undefined);
    expect(params.map((p) => [p.name, p.inputName])).toEqual([['email', 'email'], ['external_id', 'external_id'], ['external_id[]', 'external_id[]']]);
    expect(renames).toEqual([]);
  });
});

describe('parameters', () => {
  it('merges path-item and operation parameters (operation wins), applies defaults and sorts', () => {
    const doc = { components: { parameters: { Id: { name: 'id', in: 'path', schema: { type: 'string' } } } } };
    const params = buildParams(
      doc,
      [{ $ref: '#/components/parameters/Id' }, { name: 'q', in: 'query', description: 'path-item' }],
      [{ name: 'q', in: 'query', description: 'operation', required: true }, { name: 'X-Trace', in: 'header' }],
    );
    expect(params).toEqual([
      { name: 'id', in: 'path', required: true, deprecated: false, style: 'simple', explode: false, inputName: 'id', schema: { type: 'string' } },
      { name: 'q', in: 'query', required: true, deprecated: false, style: 'form', explode: true, inputName: 'q', description: 'operation' },
      { name: 'X-Trace', in: 'header', required: false, deprecated: false, style: 'simple', explode: false, inputName: 'X-Trace' },
    ]);
  });
});

describe('rate limits and pagination', () => {
  it.each([
    [{ limit: 3000, windowSeconds: 3, group: 'users-track' }, '3,000 requests per 3 seconds (shared: users-track)'],
    [{ limit: 250000, windowSeconds: 3600 }, '250,000 requests per hour'],
    [{ limit: 1, windowSeconds: 120 }, '1 request per 2 minutes'],
    [{ note: 'Queued.' }, 'No fixed limit: Queued.'],
  ])('summarises %j', (given, want) => expect(summariseRateLimit(given)).toBe(want));

  it('describes windows', () => expect([1, 60, 86400, 90].map(describeWindow)).toEqual(['second', 'minute', 'day', '90 seconds']));

  it.each([
    [{ style: 'page', itemsField: 'items' }, { style: 'page', itemsField: 'items', pageParam: 'page' }],
    [{ style: 'offset', itemsField: 'rows', maxLimit: 50 }, { style: 'offset', itemsField: 'rows', offsetParam: 'offset', limitParam: 'limit', maxLimit: 50 }],
    [{ style: 'cursor', itemsField: 'users', cursorParam: 'after' }, { style: 'cursor', itemsField: 'users', cursorParam: 'after' }],
    [{ style: 'pages', itemsField: 'x' }, 'x-pagination.style must be page, offset or cursor (got "pages")'],
  ])('x-pagination %j', (given, want) => expect(buildPagination(given)).toEqual(want));
});

describe('operation auth', () => {
  const schemes: SecuritySchemeModel[] = [
    { name: 'Key', type: 'http', scheme: 'bearer', hasCatalogue: true },
    { name: 'Scim', type: 'http', scheme: 'bearer', hasCatalogue: false },
    { name: 'Origin', type: 'apiKey', in: 'header', paramName: 'X-Origin', hasCatalogue: false },
  ];
  const req = (schemes: Record<string, string[]>): SecurityRequirementModel => ({ schemes });
  it.each<[string, SecurityRequirementModel[], OperationAuth]>([
    ['no security', [], 'none'],
    ['an empty alternative (auth optional)', [req({ Key: ['a.b'] }), req({})], 'none'],
    ['the catalogue scheme', [req({ Key: ['a.b'] })], 'permissions'],
    ['another credential only (SCIM token + origin header)', [req({ Scim: [], Origin: [] })], 'other'],
    ['either the key or another credential', [req({ Scim: [] }), req({ Key: ['a.b'] })], 'permissions'],
    ['the key together with another scheme', [req({ Key: ['a.b'], Origin: [] })], 'permissions'],
  ])('%s', (_name, security, want) => {
    expect(operationAuth(security, schemes)).toBe(want);
  });
});

describe('buildModel', () => {
  const doc = {
    openapi: '3.0.3',
    info: { title: 'OAuth API', version: '2' },
    components: {
      securitySchemes: {
        OAuth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://x/token', scopes: { 'write:pets': 'Change pets', 'read:pets': 'Read pets' } } } },
      },
    },
    security: [{ OAuth: ['read:pets'] }],
    paths: {
      '/pets': {
        get: { operationId: 'listPets', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array' }, example: [1] } } } } },
        post: {
          operationId: 'addPet',
          security: [{ OAuth: ['write:pets', 'read:pets'] }],
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { name: {} }, required: ['name'] } } } },
          responses: { '201': { description: 'created' }, default: { description: 'error' } },
        },
      },
    },
  };

  it('reads an OAuth2 scope catalogue and resolves each operation permissions', () => {
    const model = buildModel(doc, inMemoryLocator('api.json'), 'api.json');
    expect(model.permissions.map((p) => [p.name, p.constName, p.group, p.operations])).toEqual([
      ['read:pets', 'READ_PETS', 'OAuth', ['addPet', 'listPets']],
      ['write:pets', 'WRITE_PETS', 'OAuth', ['addPet']],
    ]);
    expect(model.operations.map((o) => [o.operationId, o.permissions, o.auth, o.successStatus, o.clientPath.join('.')])).toEqual([
      ['addPet', ['read:pets', 'write:pets'], 'permissions', '201', 'pets.create'],
      ['listPets', ['read:pets'], 'permissions', '200', 'pets.list'],
    ]);
    expect(model.operations[0]?.body).toEqual({ required: false, contentType: 'application/json', kind: 'object', fields: ['name'], requiredFields: ['name'] });
    expect(model.operations[1]?.examples).toEqual({ response: [1] });
    expect(model.tagGroups).toEqual([{ name: 'default', tags: ['default'] }]);
    expect(model.openapiVersion).toBe('3.0');
  });

  it('adds an OAuth2 scope the flows do not declare to the catalogue (published specs do); x-permissions refuse it', () => {
    const undeclared = structuredClone(doc);
    undeclared.paths['/pets'].post.security = [{ OAuth: ['admin:pets'] }];
    const model = buildModel(undeclared, inMemoryLocator('api.json'), 'api.json');
    expect(model.operations.find((o) => o.operationId === 'addPet')?.permissions).toEqual(['admin:pets']);
    expect(model.permissions.find((p) => p.name === 'admin:pets')).toMatchObject({ description: '', group: 'OAuth', operations: ['addPet'] });
    const keyed = structuredClone(undeclared);
    (keyed.components.securitySchemes as Record<string, unknown>).OAuth = { type: 'http', scheme: 'bearer', 'x-permissions': { 'read:pets': 'Read pets.' } };
    expect(() => buildModel(keyed, inMemoryLocator('api.json'), 'api.json')).toThrow(/api\.json: operation addPet: undeclared permission 'admin:pets'/);
  });
});

describe('package name', () => {
  it('is info.x-package-name when it is a valid npm name, else the title made into one', () => {
    expect(buildPackageName({ 'x-package-name': 'braze-rest-client', title: 'Braze REST API' })).toBe('braze-rest-client');
    expect(buildPackageName({ 'x-package-name': '@acme/api', title: 'x' })).toBe('@acme/api');
    expect(buildPackageName({ 'x-package-name': 'Not Valid', title: 'GitHub v3 REST API' })).toBe('github-v3-rest-api-client');
    expect(buildPackageName({ title: 'Box Platform API Client' })).toBe('box-platform-api-client');
    expect(buildPackageName({ title: '  ' })).toBe('api-client');
  });
});

describe('document info', () => {
  const doc = {
    servers: [{ url: 'https://{host}', variables: { host: { default: 'a.example', enum: ['a.example', 'b.example'] } } }],
    'x-instances': { 'US-01': 'rest.iad-01.braze.com', 'EU-01': 'https://rest.fra-01.braze.eu/' },
    tags: [{ name: 'Users', description: 'People.' }, { name: 'Export' }],
    'x-tagGroups': [{ name: 'User Data', tags: ['Users', 'Export'] }],
    components: { securitySchemes: { Key: { type: 'http', scheme: 'bearer', 'x-permissions': {} }, Origin: { type: 'apiKey', in: 'header', name: 'X-Origin' } } },
  };

  it('reads servers, instances (hosts get https://), tags and tag groups', () => {
    expect(buildServers(doc)).toEqual([{ url: 'https://{host}', variables: { host: { default: 'a.example', enum: ['a.example', 'b.example'] } } }]);
    expect(buildInstances(doc)).toEqual([
      { name: 'US-01', baseUrl: 'https://rest.iad-01.braze.com' },
      { name: 'EU-01', baseUrl: 'https://rest.fra-01.braze.eu' },
    ]);
    const tags = buildTags(doc, ['Users', 'Zed', 'Alpha']);
    expect(tags).toEqual([{ name: 'Users', description: 'People.' }, { name: 'Export' }, { name: 'Alpha' }, { name: 'Zed' }]);
    expect(buildTagGroups(doc, tags)).toEqual([{ name: 'User Data', tags: ['Users', 'Export'] }]);
    expect(buildTagGroups({}, [{ name: 'A' }])).toEqual([{ name: 'A', tags: ['A'] }]);
  });

  it('marks the schemes that carry a permission catalogue', () => {
    expect(buildSecuritySchemes(doc)).toEqual([
      { name: 'Key', type: 'http', scheme: 'bearer', hasCatalogue: true },
      { name: 'Origin', type: 'apiKey', in: 'header', paramName: 'X-Origin', hasCatalogue: false },
    ]);
  });
});
