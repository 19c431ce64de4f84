/**
 * Shapes of real public specs that Braze's does not use (`fixtures/quirks/openapi.yaml`, modelled on what Box's
 * published description does): the generated package must type-check, and its calls must reach the right URL.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import type { ApiModel } from '../src/model/types.js';
import { makeTempDir } from './helpers/tree.js';
import { typeCheck } from './helpers/tsc.js';

const SPEC = 'generator/test/fixtures/quirks/openapi.yaml';

/** The parts of the generated package this test calls (imported from its TypeScript sources). */
interface GeneratedPackage {
  filesUpload(client: unknown, input: object): Promise<unknown>;
  colorsGet(client: unknown, input: object): Promise<unknown>;
  createBrazeClient(options: object): Record<string, unknown>;
  getThingsId(client: unknown, input: object): Promise<unknown>;
  thingsIdSharedLink(client: unknown, input: object): Promise<unknown>;
  thingsRename(client: unknown, input: object): Promise<unknown>;
  thingsLabel(client: unknown, input: object): Promise<unknown>;
  tokensCreate(client: unknown, input: object): Promise<unknown>;
  permissionsFor(operationIds: string[]): string[];
}

describe('quirks fixture: operations without operationId, #fragments, optional and undeclared OAuth2 scopes, deep $refs', () => {
  let out = '';
  let model: ApiModel;

  beforeAll(async () => {
    out = join(makeTempDir('quirks'), 'generated');
    ({ model } = await generate({ specPath: SPEC, outDir: out, regenerateCommand: 'npm run generate' }));
  }, 120_000);

  it('accepts an OAuth2 operation with an empty scope list: it needs no particular permission', () => {
    const byId = Object.fromEntries(model.operations.map((o) => [o.operationId, o]));
    expect(byId['get/things/{id}']).toMatchObject({ permissions: [], auth: 'permissions', idFromPath: true });
    expect(byId['things#rename']?.permissions).toEqual(['things.write']);
    expect(byId['things_id#shared_link']?.permissions).toEqual(['things.read']);
  });

  it('adds a required OAuth2 scope that the flows do not declare to the catalogue, without a description', () => {
    expect(model.permissions.map((p) => [p.name, p.description, p.operations])).toEqual([
      ['things.read', 'Read things.', ['things_id#shared_link']],
      ['things.write', 'Change things.', ['things#rename']],
      ['things:admin', '', ['thingsDelete']],
    ]);
  });

  it('names each operation type as openapi-typescript does (`#` as `/`; `paths` when there is no operationId)', () => {
    const text = readFileSync(join(out, 'src/operations.gen.ts'), 'utf8');
    expect(text).toContain("paths['/things/{id}']['get']");
    expect(text).toContain("operations['things/rename']");
    expect(text).toContain("operations['things_id/shared_link']");
    expect(text).not.toMatch(/operations\['[^']*#/);
  });

  it('requires allOf keys of a nullable schema with a helper that compiles, keeping null', () => {
    const text = readFileSync(join(out, 'src/schema.gen.ts'), 'utf8');
    expect(text).toMatch(/ScheduleRequest: WithRequired<components\["schemas"\]\["Schedule"\], "start_date">/);
    expect(text).toMatch(/^type WithRequired<T, K extends PropertyKey> = T extends object \? T & \{/m);
  });

  it('copies `$ref`s that point inside a component or an operation, so no indexed type into a schema is emitted', () => {
    const text = readFileSync(join(out, 'src/schema.gen.ts'), 'utf8');
    expect(text).not.toMatch(/\["(allOf|properties|parameters)"\]/);
    expect(text).toMatch(/tag\?: \{\s+label: string;\s+\};/);
    expect(text).toMatch(/@description When it starts\. \*\/\s+start\?: string;/);
    // A tree node written inside its parent refers to itself: it becomes a component of its own.
    expect(text).toMatch(/children\?: components\["schemas"\]\["Outline_properties_node"\]\[\];/);
    const del = model.operations.find((o) => o.operationId === 'thingsDelete');
    expect(del?.params.map((p) => [p.name, p.in, p.required])).toEqual([['id', 'path', true]]);
  });

  it('serialises label, matrix and array path parameters with the runtime\'s path-style module, and only such specs import it', () => {
    const text = readFileSync(join(out, 'src/operations.gen.ts'), 'utf8');
    expect(text).toContain("import { pathStyle as $pathStyle } from './runtime/path-style.js';");
    expect(text).toContain("fill: /* @__PURE__ */ $pathStyle('filter', 'matrix', true)");
    expect(text).toContain("fill: /* @__PURE__ */ $pathStyle('names', 'simple')");
    expect(readFileSync('generated/src/operations.gen.ts', 'utf8')).not.toContain('path-style');
  });

  it('uploads a multipart body: a File and a JSON field reach the server as parts, with the boundary', async () => {
    const pkg = (await import(join(out, 'src/index.ts'))) as GeneratedPackage;
    const parts: { contentType: string; form: FormData }[] = [];
    const fetch = async (url: string, init: RequestInit) => {
      const contentType = (init.headers as Record<string, string>)['content-type']!;
      parts.push({ contentType, form: await new Request(url, { method: 'POST', body: init.body, headers: { 'content-type': contentType } }).formData() });
      return new Response('{"id":"f1"}', { status: 201 });
    };
    const client = pkg.createBrazeClient({ apiKey: 'k', baseUrl: 'https://api.example.com/v1', fetch });
    const file = new File(['hello'], 'hello.txt', { type: 'text/plain' });
    await expect(pkg.filesUpload(client, { body: { attributes: { name: 'hello.txt' }, file } })).resolves.toEqual({ id: 'f1' });
    expect(parts[0]?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(parts[0]?.form.get('attributes')).toBe('{"name":"hello.txt"}');
    expect(await (parts[0]?.form.get('file') as File).text()).toBe('hello');
    expect(readFileSync(join(out, 'src/operations.gen.ts'), 'utf8')).toMatch(/return \$multipartRequest\(client, \$filesUpload, input, options\)/);
  });

  it('sends cookie parameters and urlencoded forms through the runtime\'s encoders, and only such specs import them', async () => {
    const pkg = (await import(join(out, 'src/index.ts'))) as GeneratedPackage;
    const sent: { url: string; headers: Record<string, string>; body: unknown }[] = [];
    const fetch = async (url: string, init: RequestInit) => {
      sent.push({ url, headers: init.headers as Record<string, string>, body: init.body });
      return new Response(init.method === 'PATCH' ? null : '{"id":"t1"}', { status: init.method === 'PATCH' ? 204 : 201 });
    };
    const client = pkg.createBrazeClient({ apiKey: 'k', baseUrl: 'https://api.example.com/v1', fetch });
    await expect(pkg.tokensCreate(client, { name: 'n 1', session: 's;1', theme: 'dark', body: { name: 'x', scopes: ['a', 'b'] } })).resolves.toEqual({ id: 't1' });
    // A query parameter named as a body field is renamed in the input; the body field keeps its name.
    await pkg.thingsLabel(client, { id: '1', query_label: 'q', label: 'b', color: 'red' });
    expect(sent.map((s) => [s.url, s.headers.cookie, s.headers['content-type'], s.body])).toEqual([
      ['https://api.example.com/v1/tokens/n%201', 'session=s%3B1; theme=dark', 'application/x-www-form-urlencoded', 'name=x&scopes=a&scopes=b'],
      ['https://api.example.com/v1/things/1/label?label=q', undefined, 'application/json', '{"label":"b","color":"red"}'],
    ]);
    expect(readFileSync(join(out, 'src/operations.gen.ts'), 'utf8')).toContain("import { cookieParam as $cookieParam, formBody as $formBody } from './runtime/encoders.js';");
    expect(readFileSync('generated/src/operations.gen.ts', 'utf8')).not.toContain('encoders');
  });

  it('names the package after the title and keeps Braze\'s prose and default rate limit out of another API\'s docs', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as { name: string; keywords: string[] };
    expect(manifest.name).toBe('quirks-client');
    expect(manifest.keywords).toEqual(['quirks', 'rest', 'api', 'client', 'openapi', 'permissions']);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain("from 'quirks-client'");
    const html = readFileSync(join(out, 'docs/index.html'), 'utf8');
    expect(html).toContain("from 'quirks-client'");
    expect(html).not.toMatch(/Braze(?!Client)|workspace|250,000/); // (createBrazeClient is the toolkit's factory name)
    expect(html).toContain('OAuth2');
  });

  it('type-checks with tsc --strict, a multipart file field taking a Blob or bytes (and not a number)', () => {
    writeFileSync(join(out, 'src/multipart-input.check.ts'), [
      "import type { FilesUploadInput } from './index.js';",
      "export const blob: FilesUploadInput = { body: { attributes: { name: 'a' }, file: new Blob(['x']) } };",
      "export const bytes: FilesUploadInput = { body: { attributes: {}, file: new Uint8Array([1]) } };",
      'export const form: FilesUploadInput = { body: new FormData() };',
      '// @ts-expect-error a file field is not a number',
      'export const wrong: FilesUploadInput = { body: { attributes: {}, file: 5 } };',
      '',
    ].join('\n'));
    const { status, output } = typeCheck(out, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 120_000);

  it('never sends a path key\'s #fragment, and lets a client call an operation that needs no scope', async () => {
    const pkg = (await import(join(out, 'src/index.ts'))) as GeneratedPackage;
    const sent: string[] = [];
    const fetch = async (url: string, init: RequestInit) => {
      sent.push(`${init.method} ${url}`);
      return new Response('{"id":"1","shared_link":"s"}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const client = pkg.createBrazeClient({ apiKey: 'k', baseUrl: 'https://api.example.com/v1', fetch, permissions: ['things.read'] });
    await pkg.getThingsId(client, { id: 'a b' });
    await pkg.thingsIdSharedLink(client, { id: '1', fields: 'shared_link' });
    await expect(pkg.thingsRename(client, { id: '1', name: 'n' })).rejects.toThrow(/things\.write/);
    await pkg.colorsGet(client, { names: ['red', 'a/b'], filter: { R: '1', G: '2' }, shade: 'dark' });
    expect(sent).toEqual([
      'GET https://api.example.com/v1/things/a%20b',
      'GET https://api.example.com/v1/things/1?fields=shared_link',
      'GET https://api.example.com/v1/colors/red,a%2Fb/;R=1;G=2/.dark',
    ]);
    expect(pkg.permissionsFor(['get/things/{id}', 'things_id#shared_link'])).toEqual(['things.read']);
  });
});
