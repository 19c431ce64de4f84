import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from './load-program.js';
import { BRAZE_API } from './test/fixture-api.js';
import { visitProgram, type VisitResult } from './visit.js';

const HEAD = "import { createBrazeClient, createClient, type BrazeClient } from 'braze-rest-client';\nconst braze = createBrazeClient({ apiKey: 'k', instance: 'US-01' });\n";

/**
 * Each resolver on its own: a snippet (after a common head that imports the client and creates `braze`),
 * the operations it must be read as (`operation@line`, lines counted from the snippet's first line) and the
 * finding codes it must give. All snippets are files of one program, visited once.
 */
const CASES: [name: string, code: string, uses: string[], findings: string[]][] = [
  ['property chain', 'braze.users.track({ attributes: [] });', ['usersTrack@1'], []],
  ['optional call', 'braze.users?.track?.({ attributes: [] });', ['usersTrack@1'], []],
  ['.all', "for await (const i of braze.catalogs.items.list.all({ catalog_name: 'c' })) console.log(i);", ['catalogsItemsList@1'], []],
  ['standalone, renamed', "import { usersDelete as del } from 'braze-rest-client';\nvoid del(createClient(), {});", ['usersDelete@2'], []],
  ['namespace import', "import * as b from 'braze-rest-client';\nvoid b.usersMerge(createClient(), { merge_updates: [] });", ['usersMerge@2'], []],
  ['shorthand property takes the function', "import { usersIdentify } from 'braze-rest-client';\nexport const table = { usersIdentify };", ['usersIdentify@2'], []],
  ['dynamic import, destructured', "const { eventsList } = await import('braze-rest-client');\nvoid eventsList(createClient());", ['eventsList@2'], []],
  ['destructured method', 'const { track } = braze.users;\nvoid track({ attributes: [] });', ['usersTrack@2'], []],
  ['parameter typed as a group', "function f(u: BrazeClient['users']) { return u.merge({ merge_updates: [] }); }\nvoid f;", ['usersMerge@1'], []],
  ['union key', "function f(k: 'list' | 'details') { return braze.segments[k]({} as never); }\nvoid f;", ['segmentsDetails@1', 'segmentsList@1'], []],
  ['keyof as the key: every member counts', "function f(k: keyof BrazeClient['kpi']['dau']) { return braze.kpi.dau[k]({} as never); }\nvoid f;", ['kpiDauDataSeries@1'], []],
  ['string key', "function f(k: string) { return (braze.users as never as Record<string, () => void>)[k]!(); }\nvoid f;", [], ['cast']],
  ['satisfies keeps the type', 'const c = braze satisfies BrazeClient;\nvoid c.users.delete({});', ['usersDelete@2'], []],
  ['as const is no cast', "const x = ['a'] as const;\nvoid x;", [], []],
  ['passed to unknown', 'function keep(v: unknown) { return v; }\nkeep(braze);', [], ['type-lost']],
  ['assigned to object', 'const o: object = braze.users;\nvoid o;', [], ['type-lost']],
  ['in an object literal passed to unknown', 'function keep(v: unknown) { return v; }\nkeep({ client: braze });', [], ['type-lost']],
  ['shorthand into a record', 'const deps: Record<string, unknown> = { braze };\nvoid deps;', [], ['type-lost']],
  ['in an array of any', 'const list: any[] = [braze.users];\nvoid list;', [], ['type-lost']],
  ['returned as unknown', 'function get(): unknown { return braze; }\nvoid get;', [], ['type-lost']],
  ['assigned to an any variable', 'let slot: any;\nslot = braze;\nvoid slot;', [], ['type-lost']],
  ['a typed literal keeps it', 'const deps: { b: BrazeClient } = { b: braze };\nvoid deps.b.users.delete({});', ['usersDelete@2'], []],
  ['an untyped literal keeps it', 'const deps = { braze };\nvoid deps.braze.users.delete({});', ['usersDelete@2'], []],
  ['bound to its group', 'const t = braze.users.track.bind(braze.users);\nvoid t;', ['usersTrack@1'], []],
  ['passed to a generic keeps the type', 'function id<T>(v: T): T { return v; }\nvoid id(braze).users.identify({});', ['usersIdentify@2'], []],
  ['decoy object', 'const decoy = { users: { track: () => 1 } };\ndecoy.users.track();', [], []],
  ['comment and string', "// braze.users.track()\nconst s = 'braze.users.track()';\nvoid s;", [], []],
  ['permissions typed string[]', "declare const p: string[];\n// @ts-expect-error: not permissions\nvoid createBrazeClient({ permissions: p });", [], ['permissions-not-literal']],
  ['permissions typed Permission[]: any subset', "import type { Permission } from 'braze-rest-client';\ndeclare const p: Permission[];\nvoid createBrazeClient({ permissions: p });", [], ['permissions-not-literal']],
  ['options typed BrazeClientOptions: nothing declared', "import type { BrazeClientOptions } from 'braze-rest-client';\nconst o: BrazeClientOptions = { apiKey: 'k' };\nvoid createBrazeClient(o);", [], []],
  ['an import of the package that does not resolve', "// @ts-expect-error: no such entry\nimport * as nope from 'braze-rest-client/nope';\nvoid nope;", [], ['package-not-resolved']],
];

let result: VisitResult;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'audit-visit-'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(process.cwd(), 'node_modules', 'typescript'), join(dir, 'node_modules', 'typescript'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [], paths: { 'braze-rest-client': [join(process.cwd(), 'generated/src/index.ts')] } },
    include: ['src'],
  }));
  CASES.forEach(([, code], i) => writeFileSync(join(dir, 'src', `case${i}.ts`), `${HEAD}${code}\nexport {};\n`));
  writeFileSync(join(dir, 'src', `case${CASES.length}.ts`), [
    HEAD, "import { Permissions } from 'braze-rest-client';",
    'const track = [Permissions.USERS_TRACK] as const;',
    'void createBrazeClient({ permissions: track });',
    "void createBrazeClient({ permissions: [...track, 'canvas.list'] });",
    '',
  ].join('\n'));
  const project = loadProject(ts, join(dir, 'tsconfig.json'));
  result = visitProgram(ts, project.programs[0]!, BRAZE_API, project.rootDir);
}, 120_000);

describe('a package without audit tags', () => {
  it('is a finding at its import, not silence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-untagged-'));
    mkdirSync(join(dir, 'src'));
    mkdirSync(join(dir, 'node_modules', 'braze-rest-client'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'braze-rest-client', 'package.json'), '{ "name": "braze-rest-client", "types": "index.d.ts" }');
    writeFileSync(join(dir, 'node_modules', 'braze-rest-client', 'index.d.ts'), 'export declare function usersTrack(client: object): Promise<void>;\n');
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'CommonJS', moduleResolution: 'Node10', strict: true, noEmit: true, types: [] }, include: ['src'] }));
    writeFileSync(join(dir, 'src', 'a.ts'), "import { usersTrack } from 'braze-rest-client';\nvoid usersTrack({});\n");
    const project = loadProject(ts, join(dir, 'tsconfig.json'));
    const r = visitProgram(ts, project.programs[0]!, BRAZE_API, project.rootDir);
    expect(r.uses).toEqual([]);
    expect(r.findings.map((f) => [f.file, f.line, f.column, f.code])).toEqual([['src/a.ts', 1, 28, 'package-untagged']]);
  });
});

describe('visitProgram, one resolver at a time', () => {
  const headLines = HEAD.split('\n').length - 1;
  it.each(CASES.map((c, i) => [c[0], i, c[2], c[3]] as const))('%s', (_name, i, uses, findings) => {
    const file = `src/case${i}.ts`;
    expect(result.uses.filter((u) => u.file === file).map((u) => `${u.operation}@${u.line - headLines}`).sort()).toEqual(uses);
    expect(result.findings.filter((f) => f.file === file).map((f) => f.code)).toEqual(findings);
  });

  it('reads a client\'s permissions from the checker: as const, constants, spreads', () => {
    const declared = (i: number) => result.clients.filter((c) => c.file === `src/case${i}.ts` && c.line > headLines).map((c) => c.permissions?.slice().sort());
    expect(declared(CASES.length)).toEqual([['users.track'], ['canvas.list', 'users.track']]);
  });
});
