/**
 * What an editor shows when the pointer rests on an input field: TypeScript's language service (the engine of
 * VS Code's hovers) asked for quick info on the fields of real calls to the emitted Braze client. Top-level
 * fields (body fields, path and query parameters) must show their description as nested ones do: the input
 * types are built from the schema types, and a mapped type that loses declarations would drop it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage, modelOf } from './test/emit-package.js';

const USAGE = `import { createBrazeClient, usersTrack } from './index.js';
const braze = createBrazeClient({ apiKey: 'k', instance: 'US-01' });
void braze.users.track({ attributes: [{ external_id: 'u' }], events: [] });
void usersTrack(braze, { purchases: [] });
void braze.catalogs.items.list({ catalog_name: 'restaurants', cursor: 'c' });
void braze.segments.details({ segment_id: 's' });
`;

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
  dir = await emitPackage(await modelOf('spec/openapi.yaml'), [{ path: 'src/usage.ts', contents: USAGE }]);
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

/** The text a hover shows on `field` in the usage file: its documentation and its `@description`. */
function hover(field: string): string {
  const info = service.getQuickInfoAtPosition(file(), USAGE.indexOf(`${field}:`) + 1);
  const description = info?.tags?.filter((t) => t.name === 'description').map((t) => ts.displayPartsToString(t.text)) ?? [];
  return [ts.displayPartsToString(info?.documentation), ...description].join(' ').trim();
}

describe('editor hovers on input fields', () => {
  it.each(FIELDS)('show the description of %s', (field, words) => {
    expect(hover(field)).toContain(words);
  });
});
