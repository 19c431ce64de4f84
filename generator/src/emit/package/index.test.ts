import { describe, expect, it } from 'vitest';
import { createPackageEmitter, DEFAULT_PACKAGE_OPTIONS, emitPackage } from './index.js';
import { codeCell, escapeCell } from './readme-view.js';
import { sampleModel } from './test/sample-model.js';

const ctx = { regenerateCommand: 'npm run generate' };

async function files(version?: string) {
  const out = await emitPackage(sampleModel(version), ctx);
  return new Map(out.map((f) => [f.path, f.contents]));
}

describe('emitPackage', () => {
  it('writes the package files, each once', async () => {
    const out = await emitPackage(sampleModel(), ctx);
    expect(out.map((f) => f.path).sort()).toEqual(
      ['LICENSE', 'README.md', 'build.mjs', 'openapi.json', 'package.json', 'tsconfig.cjs.json', 'tsconfig.esm.json', 'tsconfig.json'],
    );
  });

  it('is deterministic', async () => {
    expect(await emitPackage(sampleModel(), ctx)).toEqual(await emitPackage(sampleModel(), ctx));
  });

  it('writes a dual ESM/CJS manifest with per-condition types', async () => {
    const manifest = JSON.parse((await files('2026.01')).get('package.json') ?? '{}');
    expect(manifest).toMatchObject({
      name: 'braze-rest-client', version: '2026.1.0', type: 'module', sideEffects: false, license: 'MIT',
      engines: { node: '>=20.19.0' }, files: ['dist', 'openapi.json'],
    });
    // The build script and what it compiles are not shipped: a published script (a prepack) would name a missing file.
    expect(manifest.scripts).toBeUndefined();
    expect(manifest.exports['.']).toEqual({
      // Browsers and workers first: dist/browser, whose Node transport build.mjs empties.
      browser: { types: './dist/esm/index.d.ts', default: './dist/browser/index.js' },
      worker: { types: './dist/esm/index.d.ts', default: './dist/browser/index.js' },
      import: { types: './dist/esm/index.d.ts', default: './dist/esm/index.js' },
      require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' },
    });
    expect(manifest.typesVersions).toEqual({ '*': { permissions: ['./dist/cjs/permissions.gen.d.ts'] } });
    expect(manifest['//']).toContain('spec/openapi.yaml');
  });

  it('ships the audit as a bin named after the package, with typescript an optional peer', async () => {
    const manifest = JSON.parse((await files()).get('package.json') ?? '{}');
    expect(manifest.bin).toEqual({ 'braze-rest-client': './dist/esm/audit/bin.gen.js' });
    expect(manifest.peerDependencies).toEqual({ typescript: '>=5.0.0' });
    expect(manifest.peerDependenciesMeta).toEqual({ typescript: { optional: true } });
    expect(manifest.dependencies).toBeUndefined();
  });

  it('bundles the document in its own key order', async () => {
    const text = (await files()).get('openapi.json') ?? '';
    expect(Object.keys(JSON.parse(text))).toEqual(['openapi', 'info', 'paths']);
  });

  it('builds dist/esm and dist/cjs from src', async () => {
    const f = await files();
    expect(JSON.parse(f.get('tsconfig.esm.json') ?? '{}').compilerOptions).toMatchObject({ module: 'NodeNext', outDir: 'dist/esm' });
    expect(JSON.parse(f.get('tsconfig.cjs.json') ?? '{}').compilerOptions).toMatchObject({ module: 'CommonJS', outDir: 'dist/cjs' });
    expect(f.get('build.mjs')).toContain("'dist/cjs/package.json'");
  });
});

describe('README', () => {
  it('lists each operation with its permission, and each permission with its methods', async () => {
    const readme = (await files()).get('README.md') ?? '';
    expect(readme).toContain('| `users.track` | `usersTrack` | `POST /users/track` | `users.track` | Record \\| attributes | 3,000 requests per 3 seconds |');
    expect(readme).toContain('| `scim.users.get` | `scimUsersGet` | `GET /scim/v2/Users/{id}` | none (ScimToken + ScimRequestOrigin) |');
    expect(readme).toContain('| `banners.sync` | `bannersSync` | `POST /v1/banners/sync` | none (BrazeClientKey with `banners.sync`) |');
    expect(readme).toContain('| `users.track` | `USERS_TRACK` | Record &lt;b&gt;attributes&lt;/b&gt;. | `users.track` |');
    expect(readme).toContain('| `sso.saml.login` | `SSO_SAML_LOGIN` | SAML sign-in. (No REST endpoint.) | — |');
    expect(readme).toContain('### User Data');
    expect(readme).not.toMatch(/\n\n\n/);
  });

  it('writes a quick start calling an operation with its example input', async () => {
    const readme = (await files()).get('README.md') ?? '';
    expect(readme).toContain("import { createBrazeClient, Permissions, permissionsFor } from 'braze-rest-client';");
    expect(readme).toContain('  permissions: [Permissions.USERS_TRACK] as const,\n});');
    expect(readme).toContain("console.log(permissionsFor(['usersTrack'])); // ['users.track']");
    // Every name the quick start imports is used in it (it must pass noUnusedLocals).
    const block = /## Quick start\n\n```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const [importLine, ...rest] = block.split('\n');
    const names = /\{ (.*) \}/.exec(importLine!)![1]!.split(', ');
    expect(names.filter((n) => !new RegExp(`\\b${n}\\b`).test(rest.join('\n')))).toEqual([]);
    expect(readme).toContain("baseUrl: 'https://rest.iad-01.braze.com', // or instance: 'US-01'");
    expect(readme).toContain("await braze.users.track({\n  attributes: [\n    {\n      external_id: 'u1',\n      plan: 'pro',\n    },\n  ],\n});");
    expect(readme).not.toContain('## Full example'); // the example is short already
  });

  it('cuts a long example short in the quick start and links the whole one', async () => {
    const model = sampleModel();
    const long = { attributes: [{ external_id: 'u1', plan: 'pro', city: 'Paris', country: 'FR' }, { external_id: 'u2' }], events: [{ name: 'e' }] };
    model.operations = model.operations.map((op) => (op.operationId === 'usersTrack' ? { ...op, examples: { request: long } } : op));
    const readme = (await emitPackage(model, ctx)).find((f) => f.path === 'README.md')?.contents ?? '';
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Using the client'));
    expect(quickStart).toContain("await braze.users.track({\n  attributes: [\n    {\n      external_id: 'u1',\n      plan: 'pro',\n      city: 'Paris',\n    },\n  ],\n});");
    expect(quickStart).toContain('[Full example](#full-example)');
    const full = readme.slice(readme.indexOf('## Full example'));
    expect(full).toContain("country: 'FR'");
    expect(full).toContain("external_id: 'u2'");
    expect(full).toContain("events: [");
  });

  it('documents options, errors, retries and, when an operation pages, pagination with a call that type-checks', async () => {
    const readme = (await files()).get('README.md') ?? '';
    expect(readme).toContain('## Using the client');
    expect(readme).toMatch(/\| `instance` \| — \| A named instance \(`US-01`/);
    for (const name of ['BrazeApiError', 'BrazeNotFoundError', 'BrazeTimeoutError', 'BrazePermissionError', 'retryNonIdempotent', 'withResponse']) {
      expect(readme).toContain(name);
    }
    expect(readme).not.toContain('### Pagination'); // no operation of the sample pages
    // A rate-limit error's own field is listed, and the example turns `reset` (Unix seconds) into a date.
    expect(readme).toContain('a `BrazeRateLimitError` also has `waitTooLong`');
    expect(readme).toContain('new Date(error.rateLimit.reset * 1000)');
    // How to type a parameter that takes the client: `Client<…>` (covariant), not the exact `BrazeClient<…>`.
    expect(readme).toContain("export async function send(client: Client<'users.track'>, input: UsersTrackInput) {");
    const model = sampleModel();
    const [first, ...others] = model.operations;
    const paged = { ...first!, clientPath: ['things', 'list'], pagination: { style: 'cursor' as const, itemsField: 'items' },
      params: [{ name: 'catalog-name', in: 'path' as const, required: true, deprecated: false, style: 'simple', explode: false, inputName: 'catalog_name' }] };
    const [withPages] = (await emitPackage({ ...model, operations: [paged, ...others] }, ctx)).filter((f) => f.path === 'README.md');
    expect(withPages?.contents).toContain("for await (const item of client.things.list.all({\n  catalog_name: 'my_catalog_name',\n})) {");
    // Only page-number and offset listings end on a short page; cursor listings follow rel="next".
    expect(withPages?.contents).toContain('Page-number and offset\nlistings stop at the first short or empty page; cursor listings follow `rel="next"` until a response has no\nsuch link');
    expect(withPages?.contents).not.toMatch(/It stops at the first\s+short or empty page/);
    // Which methods page is listed, so that JavaScript callers (no completion) know where `.all()` exists.
    expect(withPages?.contents).toContain('The paginated methods: `things.list`.');
  });

  it('renders a spec without catalogue or instances', async () => {
    const model = { ...sampleModel(), permissions: [], permissionGroups: [], instances: [] };
    model.operations = model.operations.map((op) => ({ ...op, permissions: [], security: [] }));
    const [readme] = (await emitPackage(model, ctx)).filter((f) => f.path === 'README.md');
    expect(readme?.contents).not.toContain('## Permissions');
    expect(readme?.contents).not.toContain('## Instances');
    expect(readme?.contents).toContain("baseUrl: 'https://rest.example.com',\n});");
    expect(readme?.contents).toContain('| `users.track` | `usersTrack` | `POST /users/track` | none |');
    expect(readme?.contents).not.toContain('`instance`');
  });

  it('fails loudly on a template field the view does not have', () => {
    const emit = createPackageEmitter({ options: DEFAULT_PACKAGE_OPTIONS, readmeTemplate: '{{nope}}' });
    expect(() => emit(sampleModel(), ctx)).toThrow(/nope/);
  });

  it.each([
    ['a|b', 'a\\|b'],
    ['x\n  y', 'x y'],
    ['<i>&', '&lt;i&gt;&amp;'],
  ])('escapeCell(%j) = %j', (given, want) => expect(escapeCell(given)).toBe(want));

  it('widens code fences around backticks', () => {
    expect(codeCell('a`b')).toBe('`` a`b ``');
    expect(codeCell('a|b')).toBe('`a\\|b`');
  });
});
