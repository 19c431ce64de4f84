/**
 * What an editor shows on the emitted Braze client. Hovers: TypeScript's language service (the engine of VS
 * Code's) asked for quick info on real calls; top-level input fields (body fields, path and query parameters)
 * must show their description as nested ones do, and methods their documentation (the types are mapped from
 * the schema's and the facade's, and a mapped type that loses declarations drops them). Errors: `tsc` on calls
 * a client's permissions leave out must name the permission missing.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage, modelOf, typeCheck } from './test/emit-package.js';

const USAGE = `import { createBrazeClient, usersTrack } from './index.js';
const braze = createBrazeClient({ apiKey: 'k', instance: 'US-01' });
void braze.users.track({ attributes: [{ external_id: 'u' }], events: [] });
void usersTrack(braze, { purchases: [] });
void braze.catalogs.items.list({ catalog_name: 'restaurants', cursor: 'c' });
void braze.segments.details({ segment_id: 's' });
`;

/** Calls a client's permissions leave out, each with what its compile error must say. */
const DENIED: [call: string, error: string][] = [
  ["braze.messages.send({ broadcast: true })", 'MissingPermission<"messages.send">\' has no call signatures'],
  ["braze.catalogs.items.list({ catalog_name: 'c' })", 'MissingPermission<"catalogs.get_items">\' has no call signatures'],
  ["braze.catalogs.items.list.all({ catalog_name: 'c' })", 'Property \'all\' does not exist on type \'MissingPermission<"catalogs.get_items">\''],
  ["braze.scim.users.get({ id: 'u' })", 'MissingPermission<"(other credential)">\' has no call signatures'],
];
/** The same through the standalone functions: the diagnostic's first line must name the permission missing. */
const DENIED_STANDALONE: [call: string, error: string][] = [
  ['usersDelete(braze, {})', 'MissingPermission<"users.delete">'],
  ["usersDelete(createClient({ apiKey: 'k', instance: 'US-01', permissions: ['users.track'] as const }), {})", 'MissingPermission<"users.delete">'],
  ["usersTrack(createBrazeClient({ apiKey: 'k', instance: 'US-01', permissions: [] }), {})", 'MissingPermission<"users.track">'],
  ["catalogsItemsListAll(braze, { catalog_name: 'c' })", 'MissingPermission<"catalogs.get_items">'],
  ["catalogsItemsListPages(braze, { catalog_name: 'c' })", 'MissingPermission<"catalogs.get_items">'],
  ["scimUsersGet(braze, { id: 'u' })", 'MissingPermission<"(other credential)">'],
];
/** Standalone calls that must compile: the permission held among others, or permissions not declared. */
const ALLOWED_STANDALONE = `const wide = createBrazeClient({ apiKey: 'k', instance: 'US-01', permissions: ['users.track', 'users.delete'] });
const undeclared = createBrazeClient({ apiKey: 'k', instance: 'US-01' });
declare const anyKey: Client<string>;
void usersTrack(braze, {});
void usersDelete(wide, {});
void usersDelete(anyKey, {});
void scimUsersGet(undeclared, { id: 'u' });
void catalogsItemsListAll(undeclared, { catalog_name: 'c' });
const full: Promise<ApiResponse<UsersDeleteResponse>> = usersDelete(wide, {}, { withResponse: true });
const body: Promise<UsersDeleteResponse> = usersDelete<{ withResponse: false }>(wide, {}, { withResponse: false });
void full; void body;
`;
const DENIED_FILE = `import { catalogsItemsListAll, catalogsItemsListPages, createBrazeClient, createClient, scimUsersGet, usersDelete, usersTrack } from './index.js';
import type { ApiResponse, Client, UsersDeleteResponse } from './index.js';
const braze = createBrazeClient({ apiKey: 'k', instance: 'US-01', permissions: ['users.track'] });
void braze.users.track({});
${[...DENIED, ...DENIED_STANDALONE].map(([call]) => `void ${call};`).join('\n')}
${ALLOWED_STANDALONE}`;
/** The line of the `i`th denied call (facade calls first) in the denied file. */
const deniedLine = (i: number) => i + 5;

/** Every field hovered, with words its description must contain (from the spec's descriptions). */
const FIELDS: [field: string, words: string][] = [
  ['attributes', 'User attribute objects'],
  ['external_id', "The user's external ID"],
  ['events', 'Custom event objects'],
  ['purchases', 'Purchase objects'],
  ['catalog_name', 'The name of the catalog'],
  ['cursor', 'opaque cursor'],
  ['segment_id', 'segment API identifier'],
];

let dir: string;
let service: ts.LanguageService;
const file = () => join(dir, 'src', 'usage.ts');

beforeAll(async () => {
  dir = await emitPackage(await modelOf('spec/openapi.yaml'), [{ path: 'src/usage.ts', contents: USAGE }, { path: 'src/denied.ts', contents: DENIED_FILE }]);
  const config = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8')), ts.sys, dir);
  service = ts.createLanguageService({
    getScriptFileNames: () => config.fileNames,
    getScriptVersion: () => '1',
    getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)!) : undefined),
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
  });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text a hover shows on `word` (its first occurrence after `after`) in the usage file: its documentation and its `@description`. */
function hover(word: string, after = ''): string {
  const info = service.getQuickInfoAtPosition(file(), USAGE.indexOf(word, USAGE.indexOf(after)) + 1);
  const description = info?.tags?.filter((t) => t.name === 'description').map((t) => ts.displayPartsToString(t.text)) ?? [];
  return [ts.displayPartsToString(info?.documentation), ...description].join(' ').trim();
}

describe('editor hovers on input fields', () => {
  it.each(FIELDS)('show the description of %s', (field, words) => {
    expect(hover(`${field}:`)).toContain(words);
  });
  it('show the documentation of a facade method, as of the standalone function', () => {
    expect(hover('track', 'braze.users.')).toContain('Permission: `users.track`');
    expect(hover('usersTrack', 'void ')).toContain('Permission: `users.track`');
  });
});

describe('compile errors on operations a client\'s permissions leave out', () => {
  let diagnostics: string[] = [];
  beforeAll(async () => {
    // tsc names files relative to the working directory: keep the path from `src/` on.
    diagnostics = (await typeCheck(dir)).split(/\n(?=\S)/).map((d) => d.replace(/^.*?(?=src\/)/, ''));
  }, 120_000);
  const at = (line: number) => diagnostics.filter((d) => d.startsWith(`src/denied.ts(${line},`));
  it.each(DENIED.map(([call, error], i) => [call, error, deniedLine(i)] as const))('%s: names the permission', (_, error, line) => {
    expect(at(line).join('\n')).toContain(error);
  });
  it.each(DENIED_STANDALONE.map(([call, error], i) => [call, error, deniedLine(DENIED.length + i)] as const))(
    '%s: names the permission on the first line, in a short diagnostic',
    (_, error, line) => {
      expect(at(line)).toHaveLength(1);
      const [first, ...rest] = at(line)[0]!.split('\n');
      expect(first).toContain(error);
      expect(rest.length).toBeLessThanOrEqual(1);
    },
  );
  it('are the only errors', () => {
    expect(diagnostics.filter((d) => !d.startsWith('src/denied.ts('))).toEqual([]);
    expect(diagnostics).toHaveLength(DENIED.length + DENIED_STANDALONE.length);
  });
});
