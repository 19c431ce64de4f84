/** Given/want tests of the client emitter's units, on hand-built models. */
import { describe, expect, it } from 'vitest';
import { renderClientFile, defaultBaseUrl } from './client-file.js';
import { operationDescriptor, paginationDescriptor } from './descriptor.js';
import { buildFacadeTree, flattenGroups } from './facade-tree.js';
import { emitClient } from './index.js';
import { literal } from './literal.js';
import { operationDocs } from './operation-docs.js';
import { renderOperationsFile } from './operations-file.js';
import { planOperations } from './plan.js';
import { RUNTIME_MODULES } from './runtime-files.js';
import { ITEMS_LIST, USERS_TRACK, model, op } from './test/fixtures.js';

describe('literal', () => {
  it.each([
    ['string with quote', "it's", "'it\\'s'"],
    ['object drops undefined', { a: 1, 'b-c': [true, null], d: undefined }, "{ a: 1, 'b-c': [true, null] }"],
    ['empty', {}, '{}'],
  ])('%s', (_, given, want) => expect(literal(given)).toBe(want));
});

describe('operationDescriptor', () => {
  it.each([
    ['body op', USERS_TRACK, { id: 'usersTrack', method: 'POST', path: '/users/track', permissions: ['users.track'], body: 'object' }],
    ['params with styles and renames', ITEMS_LIST, {
      id: 'catalogsItemsList', method: 'GET', path: '/catalogs/{catalog_name}/items', permissions: ['catalogs.get_items'],
      // Style and explode go only with an untyped (or array/object) query parameter in another style, with `queryStyle`.
      params: [{ name: 'catalog_name', in: 'path' }, { name: 'fields', in: 'query', explode: false, ser: { text: '$queryStyle' } }, { name: 'id', in: 'query', key: 'query_id' }],
    }],
    ['query styles: a scalar reads the same in every style, an array needs queryStyle', op({
      operationId: 'q',
      params: [
        { name: 's', in: 'query', required: false, deprecated: false, style: 'pipeDelimited', explode: false, inputName: 's', schema: { type: ['string', 'null'] } },
        { name: 'a', in: 'query', required: false, deprecated: false, style: 'deepObject', explode: true, inputName: 'a', schema: { type: 'object' } },
        { name: 'h', in: 'header', required: false, deprecated: false, style: 'simple', explode: false, inputName: 'h', schema: { type: 'array' } },
      ],
    }), { id: 'q', method: 'GET', path: '/x', params: [{ name: 's', in: 'query' }, { name: 'a', in: 'query', style: 'deepObject', ser: { text: '$queryStyle' } }, { name: 'h', in: 'header' }] }],
    ['other body, non-JSON', op({
      operationId: 'up', method: 'put', body: { required: true, contentType: 'text/plain', kind: 'other', fields: [], requiredFields: [] },
    }), { id: 'up', method: 'PUT', path: '/x', body: 'other', contentType: 'text/plain' }],
    ['a CSV response is read as text', op({ operationId: 'csv', responses: [{ status: '200', description: 'ok', contentType: 'text/csv', hasBody: true, headers: [] }] }),
      { id: 'csv', method: 'GET', path: '/x', response: 'text' }],
    ['no declared body, or JSON beside another type: JSON when it parses', op({ operationId: 'del', responses: [{ status: '204', description: 'gone', hasBody: false, headers: [] }] }),
      { id: 'del', method: 'GET', path: '/x', response: 'any' }],
    ['a vendor JSON type must parse', op({ operationId: 'v', responses: [{ status: '200', description: 'ok', contentType: 'application/vnd.api+json', hasBody: true, headers: [] }, { status: '204', description: 'none', hasBody: false, headers: [] }] }),
      { id: 'v', method: 'GET', path: '/x' }],
  ])('%s', (_, given, want) => expect(JSON.parse(JSON.stringify(operationDescriptor(given)))).toEqual(want));

  it('maps pagination to input keys', () => {
    expect(paginationDescriptor(ITEMS_LIST)).toEqual({ style: 'cursor', items: 'items' });
    expect(paginationDescriptor(op({ operationId: 'l', pagination: { style: 'offset', itemsField: 'emails', offsetParam: 'offset', limitParam: 'limit', maxLimit: 500 } })))
      .toEqual({ style: 'offset', items: 'emails', offset: 'offset', limit: 'limit', maxLimit: 500 });
    expect(paginationDescriptor(USERS_TRACK)).toBeUndefined();
  });
});

describe('planOperations', () => {
  it('derives names, optionality and type expressions', () => {
    const [items, track] = planOperations(model([ITEMS_LIST, USERS_TRACK]));
    expect(track).toMatchObject({
      fn: 'usersTrack', descriptor: '$usersTrack', inputType: 'UsersTrackInput', responseType: 'UsersTrackResponse', inputOptional: true,
      inputExpr: "OperationInput<operations['usersTrack'], 'object', 'application/json'>",
      responseExpr: "operations['usersTrack']['responses'][201]['content']['application/json']", needs: "'users.track'",
    });
    expect(items).toMatchObject({
      allFn: 'catalogsItemsListAll', inputOptional: false, needs: "'catalogs.get_items'",
      inputExpr: "OperationInput<operations['catalogsItemsList'], 'none', 'application/json', { query: { 'id': 'query_id' } }>",
    });
  });
  it('avoids clashes with other operations and runtime names', () => {
    const plans = planOperations(model([op({ operationId: 'a' }), op({ operationId: 'aAll', clientPath: ['y'] }), op({ operationId: 'client', clientPath: ['z'], pagination: { style: 'page', itemsField: 'i', pageParam: 'p' } })]));
    expect(plans.map((p) => p.inputType)).toEqual(['AInput', 'AAllInput', 'ClientInput']);
    expect(plans[2]?.allFn).toBe('clientAll');
    expect(planOperations(model([op({ operationId: 'operation' })]))[0]?.inputType).toBe('OperationInput2');
  });
  it('says undefined for bodiless success and unknown when undeclared', () => {
    const plans = planOperations(model([
      op({ operationId: 'del', responses: [{ status: '204', description: 'gone', hasBody: false, headers: [] }], successStatus: '204' }),
      op({ operationId: 'odd', responses: [], successStatus: '200' }),
    ]));
    expect(plans.map((p) => p.responseExpr)).toEqual(['undefined', 'unknown']);
  });
});

describe('operationDocs', () => {
  it('gives summary, permission, rate limit, link and deprecation, escaped', () => {
    expect(operationDocs({ ...USERS_TRACK, description: 'Ends */ here', deprecated: true }, true)).toBe([
      'Track users', '', 'Ends *\\/ here', '', '`POST /users/track`', 'Permission: `users.track`.', 'Rate limit: 3,000 requests per 3 seconds.', '',
      '@see https://www.braze.com/docs/api/endpoints/user_data/post_user_track/', '', '@deprecated The API marks this operation as deprecated.',
    ].join('\n'));
    expect(operationDocs(op({ operationId: 'scim', summary: 'S' }), true)).toContain('Permission: none');
    expect(operationDocs(op({ operationId: 'gh', summary: 'S' }), false)).not.toContain('Permission');
  });
  it("names another credential's own scopes without calling them API-key permissions", () => {
    const banners = op({ operationId: 'bannersSync', summary: 'S', auth: 'other', security: [{ schemes: { ClientKey: ['banners.sync'] } }] });
    const docs = operationDocs(banners, true);
    expect(docs).toContain('Credential: `ClientKey` with `banners.sync` (not a REST API key permission).');
    expect(docs).not.toContain('Permission');
    const scim = op({ operationId: 'scim', summary: 'S', auth: 'other', security: [{ schemes: { ScimToken: [] } }] });
    expect(operationDocs(scim, true)).toContain('Permission: none (not authorised by a REST API key permission).');
  });
  it('ends a rate limit whose note ends in a full stop with one full stop', () => {
    const summary = 'No fixed limit: set per workspace.';
    expect(operationDocs(op({ operationId: 'x', summary: 'S', rateLimit: { summary, note: 'set per workspace.' } }), true))
      .toMatch(/^Rate limit: No fixed limit: set per workspace\.$/m);
  });
});

describe('facade tree', () => {
  it('groups by clientPath and refuses a method with members', () => {
    const root = buildFacadeTree(planOperations(model([ITEMS_LIST, USERS_TRACK])), new Set(), 'Braze');
    expect(flattenGroups(root).map((g) => [g.path.join('.'), g.apiType, [...g.methods.keys()]])).toEqual([
      ['', 'BrazeApi', []], ['catalogs', 'CatalogsApi', []], ['catalogs.items', 'CatalogsItemsApi', ['list']], ['users', 'UsersApi', ['track']],
    ]);
    const clash = [op({ operationId: 'a', clientPath: ['a'] }), op({ operationId: 'b', clientPath: ['a', 'b'] })];
    expect(() => buildFacadeTree(planOperations(model(clash)), new Set(), 'R')).toThrow(/nests under the method a/);
  });
});

describe('rendered files', () => {
  const m = model([ITEMS_LIST, USERS_TRACK], { instances: [{ name: 'US-01', baseUrl: 'https://rest.iad-01.braze.com' }] });
  const plans = planOperations(m);
  it('writes one-line operation functions and iterators', () => {
    const text = renderOperationsFile(plans, true, 'braze-rest-client');
    expect(text).toContain("export function usersTrack<O extends RequestOptions = {}, P extends string = 'users.track'>(client: ClientFor<P, 'users.track'>, input?: UsersTrackInput, options?: O): ResultOf<UsersTrackResponse, O> {\n  return $request(client as never, $usersTrack, input, options) as ResultOf<UsersTrackResponse, O>;\n}");
    expect(text).toContain("export function catalogsItemsListAll<P extends string = 'catalogs.get_items'>(client: ClientFor<P, 'catalogs.get_items'>, input: CatalogsItemsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<CatalogsItemsListResponse, 'items'>, void, undefined> {\n  return $paginate(client as never, $catalogsItemsList, { style: 'cursor', items: 'items' }, input, options);\n}");
  });
  it('writes gated group types, the facade table and the factories', () => {
    const root = buildFacadeTree(plans, new Set(), 'Braze');
    const text = renderClientFile(m, plans, root);
    expect(text).toContain('export interface UsersNeeds {\n  track: \'users.track\';\n}');
    expect(text).toContain('export type UsersApi<P extends string> = Allow<UsersMethods<P>, UsersNeeds, P>;');
    expect(text).toContain("readonly list: OperationMethod<CatalogsItemsListInput, CatalogsItemsListResponse> & Paginated<CatalogsItemsListInput, CatalogsItemsListResponse, 'items'>;");
    expect(text).toContain('list: [catalogsItemsList, catalogsItemsListAll, catalogsItemsListPages],');
    expect(text).toContain("export const INSTANCES = { 'US-01': 'https://rest.iad-01.braze.com' } as const;");
    expect(text).toContain("return $createClient(options, INSTANCES, undefined, 'test-client/1.0.0');");
    expect(text).toContain("import { PERMISSIONS, type Permission, type OperationId } from './permissions.gen.js';");
    expect(text).toContain('$checkOptions(options, PERMISSIONS, INSTANCES);');
  });
  it('tags each operation, group and factory for the audit, with the package name', () => {
    const ops = renderOperationsFile(plans, true, 'my-pkg');
    expect(ops.match(/@operation my-pkg usersTrack\n/g)).toHaveLength(1);
    expect(ops.match(/@operation my-pkg catalogsItemsList\n/g)).toHaveLength(2); // the function and its `…All` iterator
    const text = renderClientFile({ ...m, packageName: 'my-pkg' }, plans, buildFacadeTree(plans, new Set(), 'Braze'));
    expect(text).toMatch(/@operation my-pkg usersTrack\n\s*\*\/\n\s*readonly track:/);
    expect(text).toMatch(/@operationGroup my-pkg\n\s*\*\/\n\s*readonly users: UsersApi<P>;/);
    expect(text.match(/@clientFactory my-pkg\n/g)).toHaveLength(2);
  });
  it('does not gate, nor import permissions, without a catalogue (only the operationIds, for recordOperations)', () => {
    const gh = model([op({ operationId: 'metaRoot', clientPath: ['meta', 'root'] })], { servers: [{ url: 'https://api.github.com', variables: {} }] });
    const text = renderClientFile(gh, planOperations(gh), buildFacadeTree(planOperations(gh), new Set(), 'Braze'));
    expect(text).toContain('export type MetaApi<P extends string> = MetaMethods<P>;');
    expect(text).not.toContain('PERMISSIONS');
    expect(text).toContain("import type { OperationId } from './permissions.gen.js';");
    expect(text).toContain('export const recordOperations = $recordOperations as (client: Client<never>) => ReadonlySet<OperationId>;');
    expect(defaultBaseUrl(gh)).toBe('https://api.github.com');
  });
  it('emits the runtime verbatim plus two files, deterministically', async () => {
    const a = await emitClient(m, { regenerateCommand: 'x' });
    const b = await emitClient(m, { regenerateCommand: 'x' });
    expect(a).toEqual(b);
    expect(a.map((f) => f.path)).toEqual([...RUNTIME_MODULES.map((n) => `src/runtime/${n}`), 'src/operations.gen.ts', 'src/client.gen.ts']);
    expect(a.find((f) => f.path === 'src/runtime/request.ts')?.contents).toContain('export async function request(');
  });
});
