import { describe, expect, it } from 'vitest';
import { SpecError } from '../src/load/spec-error.js';
import { buildModel } from '../src/model/build-model.js';
import { inMemoryLocator, type Locator } from '../src/model/locator.js';

type Doc = Record<string, any>;

/** A one-permission document; `ops` maps `/path` to the GET operation's extra fields. */
function docWith(ops: Record<string, Doc>, root: Doc = {}, schemes: Doc = {}): Doc {
  const paths: Doc = {};
  for (const [path, extra] of Object.entries(ops)) {
    paths[path] = { get: { operationId: path.slice(1).replace(/\W/g, '_'), responses: { '200': { description: 'OK.' } }, ...extra } };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    ...root,
    components: {
      securitySchemes: {
        Key: { type: 'http', scheme: 'bearer', 'x-permissions': { 'things.read': { description: 'R.', group: 'G' } } },
        ...schemes,
      },
    },
    paths,
  };
}

/** The refusal messages of `buildModel`, `[]` when it accepts the document. */
function refusals(doc: Doc, locator: Locator = inMemoryLocator('api.yaml')): string[] {
  try {
    buildModel(doc, locator, 'api.yaml');
    return [];
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return error.problems.map((p) => `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`);
  }
}

const NAMED = { security: [{ Key: ['things.read'] }] };

describe('with an x-permissions catalogue, every operation states how it is authenticated', () => {
  it('refuses an operation with no security of its own and none at the root', () => {
    expect(refusals(docWith({ '/a': NAMED, '/b': {} }))).toEqual([
      'api.yaml: operation b: no security requirement: name the permission it needs (`security: [{Key: [<permission>]}]`), or write `security: []` on the operation if it needs no key',
    ]);
  });

  it('accepts an explicit `security: []` and a requirement naming another credential', () => {
    const other = { Token: { type: 'http', scheme: 'bearer' } };
    expect(refusals(docWith({ '/a': NAMED, '/open': { security: [] }, '/scim': { security: [{ Token: [] }] } }, {}, other))).toEqual([]);
  });

  it('lets an operation inherit the root `security`, and says so when the root opts out with `security: []`', () => {
    expect(refusals(docWith({ '/a': {} }, { security: [{ Key: ['things.read'] }] }))).toEqual([]);
    expect(refusals(docWith({ '/a': NAMED, '/b': {} }, { security: [] }))).toEqual([
      'api.yaml: operation b: no security requirement (the root `security: []` applies to it): name the permission it needs (`security: [{Key: [<permission>]}]`), or write `security: []` on the operation if it needs no key',
    ]);
    // The root's requirement names no permission: the existing refusal, at the operation.
    expect(refusals(docWith({ '/a': NAMED, '/b': {} }, { security: [{ Key: [] }] }))).toEqual([
      'api.yaml: operation b: no permission named (security must list the permission it needs)',
    ]);
  });

  it('leaves specs without x-permissions alone (OAuth2 scopes, or no catalogue at all)', () => {
    const oauth = docWith({ '/a': {} });
    oauth.components.securitySchemes = { OAuth: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'https://x', scopes: { read: 'R.' } } } } };
    expect(refusals(oauth)).toEqual([]);
    const none = docWith({ '/a': {} });
    delete none.components;
    expect(refusals(none)).toEqual([]);
  });
});

describe('duplicate operationIds', () => {
  it('names the id and both places, file:line each, reported at the later one', () => {
    const doc = docWith({ '/zeta': { ...NAMED, operationId: 'same' }, '/alpha': { ...NAMED, operationId: 'same' } });
    // /zeta is written first (line 10 of one file); /alpha comes later in another file.
    const locator: Locator = {
      locate: (pointer) => (pointer.includes('zeta') ? { file: 'paths/zeta.yaml', line: 10, pointer } : { file: 'paths/zz-alpha.yaml', line: 3, pointer }),
    };
    expect(refusals(doc, locator)).toEqual([
      "paths/zz-alpha.yaml:3: duplicate operationId 'same': used by GET /zeta (paths/zeta.yaml:10) and by GET /alpha (paths/zz-alpha.yaml:3); operationIds must be unique",
    ]);
  });
});
