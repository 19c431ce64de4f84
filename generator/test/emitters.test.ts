import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString, stringToAST } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { EMITTERS, ownerOf, selectEmitters } from '../src/emit/index.js';
import { emitIndexFile } from '../src/emit/index-file/index.js';
import { emitPermissions } from '../src/emit/permissions/index.js';
import { withFirstNamedExamples } from '../src/emit/schema/first-example.js';
import { emitSchema, withNullableSafeHelpers } from '../src/emit/schema/index.js';
import { loadSpec } from '../src/load/load-spec.js';
import { buildModel } from '../src/model/build-model.js';
import type { ApiModel, OperationModel, PermissionModel } from '../src/model/types.js';
import { makeTempDir } from './helpers/tree.js';
import { typeCheck } from './helpers/tsc.js';

const CTX = { regenerateCommand: 'npm run generate' };
/** The runtime module `permissions.gen.ts` imports its "did you mean" from (the client emitter copies it to `src/runtime/`). */
const DID_YOU_MEAN = new URL('../runtime/did-you-mean.ts', import.meta.url);

function op(operationId: string, permissions: string[], extra: Partial<OperationModel> = {}): OperationModel {
  return {
    operationId, name: operationId, method: 'get', path: `/${operationId}`, tag: 'T', deprecated: false, permissions,
    security: [], clientPath: [operationId], params: [], responses: [], successStatus: '200', earlyAccess: false, auth: 'permissions',
    examples: {}, inputRenames: [], location: { file: 'x.yaml' }, ...extra,
  };
}

function perm(name: string, constName: string, operations: string[], extra: Partial<PermissionModel> = {}): PermissionModel {
  return { name, constName, description: `Allows ${name}.`, group: 'G', deprecated: false, noEndpoint: false, scheme: 'Key', operations, ...extra };
}

function model(operations: OperationModel[], permissions: PermissionModel[]): ApiModel {
  return {
    title: 'T', version: '1', openapiVersion: '3.1', packageName: 'test-client', servers: [], instances: [], securitySchemes: [], operations, permissions,
    permissionGroups: ['G'], tags: [], tagGroups: [], document: { openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: {} }, specPath: 'x.yaml',
  };
}

const WITH_CATALOGUE = model(
  [
    op('a', ['p.read']), op('b', ['p.read', 'p.write'], { deprecated: true }), op('open', [], { auth: 'none' }),
    op('get-x/y', ['p.write']), op('scim', [], { auth: 'other' }),
  ],
  [perm('p.read', 'P_READ', ['a', 'b']), perm('p.write', 'P_WRITE', ['b', 'get-x/y'], { deprecated: true, description: 'Ends */ early.' })],
);

describe('emitPermissions', () => {
  it('prints the data as const, one entry per line, with escaped JSDoc and @deprecated', async () => {
    const [file] = await emitPermissions(WITH_CATALOGUE, CTX);
    expect(file?.path).toBe('src/permissions.gen.ts');
    const text = file?.contents ?? '';
    expect(text).toContain("export const PERMISSIONS = [\n  'p.read',\n  'p.write',\n] as const;");
    expect(text).toContain("  /**\n   * Ends *\\/ early.\n   * @deprecated\n   */\n  P_WRITE: 'p.write',");
    expect(text).toContain("  'get-x/y': { method: 'get', path: '/get-x/y', permissions: ['p.write'], auth: 'permissions', tag: 'T', deprecated: false },");
    expect(text).toContain("  open: { method: 'get', path: '/open', permissions: [], auth: 'none', tag: 'T', deprecated: false },");
    expect(text).toContain("  'p.write': { description: 'Ends */ early.', group: 'G', deprecated: true, noEndpoint: false, operations: ['b', 'get-x/y'] },");
  });

  it('prints an empty catalogue that still compiles', async () => {
    const [file] = await emitPermissions(model([op('a', [])], []), CTX);
    expect(file?.contents).toContain('export const PERMISSIONS = [] as const;');
    expect(file?.contents).toContain('export const Permissions = {} as const;');
  });

  /** Compiles the emitted file with a consumer that exercises every helper, at type level and at run time. */
  it.each([
    ['with a catalogue', WITH_CATALOGUE, [
      "const needed: Permission[] = permissionsFor(['a', 'b', 'a']);",
      "const allowed: OperationsAllowedBy<'p.read'> = 'a';",
      "const alsoAllowed: OperationsAllowedBy<'p.read'> = 'open';",
      "// @ts-expect-error b also needs p.write\nconst notAllowed: OperationsAllowedBy<'p.read'> = 'b';",
      "// @ts-expect-error scim needs another credential, whatever the key holds\nconst otherCredential: OperationsAllowedBy<'p.read' | 'p.write'> = 'scim';",
      "const fromConst: 'p.read' = Permissions.P_READ;",
      "const ids: OperationId[] = operationsAllowedBy([Permissions.P_READ]);",
      "// @ts-expect-error unknown permission\npermissionsFor(['nope']);",
      "export { needed, allowed, alsoAllowed, notAllowed, otherCredential, fromConst, ids };",
    ]],
    ['without a catalogue', model([op('a', []), op('b', [])], []), [
      "const none: Permission[] = permissionsFor(['a']);",
      "const all: OperationId[] = operationsAllowedBy([]);",
      "const allowed: OperationsAllowedBy<never> = 'b';",
      "export { none, all, allowed };",
    ]],
  ])('type-checks %s', async (_name, given, consumer) => {
    const dir = makeTempDir('perm');
    mkdirSync(join(dir, 'src'));
    const [file] = await emitPermissions(given, CTX);
    writeFileSync(join(dir, 'src/permissions.gen.ts'), file?.contents ?? '');
    mkdirSync(join(dir, 'src/runtime'));
    writeFileSync(join(dir, 'src/runtime/did-you-mean.ts'), readFileSync(DID_YOU_MEAN, 'utf8'));
    writeFileSync(join(dir, 'src/use.ts'), `import { OPERATIONS, Permissions, operationsAllowedBy, permissionsFor, type OperationId, type OperationsAllowedBy, type Permission } from './permissions.gen.js';\nvoid OPERATIONS; void Permissions;\n${consumer.join('\n')}\n`);
    const { output, status } = typeCheck(dir, ['src/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 60_000);

  it('computes least privilege and allowed operations at run time', async () => {
    const dir = makeTempDir('perm-run');
    const [file] = await emitPermissions(WITH_CATALOGUE, CTX);
    const { transformSync } = await import('esbuild');
    const js = (ts: string) => transformSync(ts, { loader: 'ts', format: 'esm' }).code;
    mkdirSync(join(dir, 'runtime'));
    writeFileSync(join(dir, 'runtime/did-you-mean.js'), js(readFileSync(DID_YOU_MEAN, 'utf8')));
    writeFileSync(join(dir, 'permissions.mjs'), js(file?.contents ?? ''));
    const mod = await import(join(dir, 'permissions.mjs'));
    expect(mod.permissionsFor(['b', 'a', 'open'])).toEqual(['p.read', 'p.write']);
    expect(mod.permissionsFor(['scim'])).toEqual([]);
    expect(() => mod.permissionsFor(['a', 'opne'])).toThrow(new TypeError('unknown operationId "opne"; did you mean "open"?'));
    expect(() => mod.permissionsFor(['constructor'])).toThrow(/unknown operationId "constructor"; did you mean /);
    // The usual mistake: a permission name where an operationId goes.
    expect(() => mod.permissionsFor(['p.write'])).toThrow(new TypeError('"p.write" is a permission, not an operationId; its operations: b, get-x/y'));
    expect(mod.operationsAllowedBy(['p.read'])).toEqual(['a', 'open']);
    expect(mod.operationsAllowedBy(['p.read', 'p.write'])).toEqual(['a', 'b', 'get-x/y', 'open']);
    // An unknown permission used to leave every operation that needs one out, silently.
    expect(() => mod.operationsAllowedBy(['p.read', 'p.wirte'])).toThrow(new TypeError('unknown permission "p.wirte"; did you mean "p.write"?'));
    expect(() => mod.operationsAllowedBy(['toString'])).toThrow(/unknown permission "toString"/);
    // And its mirror: an operationId where a permission goes.
    expect(() => mod.operationsAllowedBy(['b'])).toThrow(new TypeError('"b" is an operationId, not a permission; it needs: p.read, p.write'));
    expect(mod.Permissions.P_READ).toBe('p.read');
  });
});

describe('emitIndexFile', () => {
  it('re-exports the permissions, the client and the schema types', async () => {
    const [file] = await emitIndexFile(WITH_CATALOGUE, CTX);
    expect(file?.path).toBe('src/index.ts');
    expect(file?.contents.split('\n').filter((l) => l.startsWith('export'))).toEqual([
      "export * from './permissions.gen.js';",
      "export * from './client.gen.js';",
      "export type { paths, components, operations } from './schema.gen.js';",
    ]);
  });
});

describe('emitSchema', () => {
  it('gives exactly what openapiTS gives for the same document, without re-validating it', async () => {
    const loaded = await loadSpec('generator/test/fixtures/mini/openapi.yaml');
    const built = buildModel(loaded.bundled, loaded.sourceMap, loaded.specPath);
    const before = JSON.stringify(built.document);
    const [file] = await emitSchema(built, CTX);
    const document = withFirstNamedExamples(structuredClone(built.document));
    const reference = astToString(withNullableSafeHelpers(await openapiTS(document as never, { silent: true, defaultNonNullable: false }), { stringToAST }));
    expect(file?.contents).toBe(reference);
    expect(file?.contents).toContain('itemsCreate: {');
    expect(JSON.stringify(built.document)).toBe(before);
  }, 60_000);
});

describe('emitter registry', () => {
  it('names every emitter once and assigns each output path to one owner', () => {
    expect(new Set(EMITTERS.map((e) => e.name)).size).toBe(EMITTERS.length);
    expect(['src/schema.gen.ts', 'src/permissions.gen.ts', 'src/index.ts', 'docs/index.html', 'src/client.gen.ts', 'src/runtime/x.ts', 'package.json', 'README.md'].map(ownerOf))
      .toEqual(['schema', 'permissions', 'index-file', 'docs', 'client', 'client', 'package', 'package']);
    expect(selectEmitters(['docs']).map((e) => e.name)).toEqual(['docs']);
    expect(() => selectEmitters(['nope'])).toThrow(/unknown emitter/);
  });
});
