/**
 * The generated package's `package.json`. Dual ESM + CommonJS: `tsc` compiles `src/` twice (see
 * `tsconfigs.ts`), into `dist/esm` (ESM, `.d.ts` read as ESM because the package is `"type": "module"`) and
 * `dist/cjs` (CommonJS, with its own `{"type":"commonjs"}` so its `.js` and `.d.ts` are read as CommonJS).
 * Each `exports` condition names its own types so TypeScript never applies ESM types to a `require` (the
 * "masquerading" problem `attw` checks for); `main`/`types` serve tools that predate `exports`. It has no
 * `scripts`: the build (`node build.mjs`, run by the repository's `npm run build`) needs `src/` and the tsconfigs,
 * which are not shipped, and a published script (a `prepack`) would name a file the tarball lacks.
 */
import type { ApiModel } from '../../model/types.js';
import { bannerJsonValue } from '../shared/banner.js';
import type { EmitContext } from '../types.js';
import { toSemver } from './version.js';

/** Package-level settings that the spec does not carry. */
export interface PackageOptions {
  /** Oldest Node.js the runtime supports (`fetch`, `node:http`, `require(esm)`-free dual build). */
  nodeRange: string;
  license: string;
  /** Copyright holder printed in LICENSE. */
  author: string;
  /** Year printed in LICENSE; fixed so output does not depend on the clock. */
  copyrightYear: number;
  /** TypeScript range used by the package's own `build` script. */
  typescriptRange: string;
  /** operationId of the README's quick-start call, when the spec has it. */
  quickStartOperation?: string;
}

/** The defaults for the Braze package. */
export const DEFAULT_PACKAGE_OPTIONS: PackageOptions = {
  nodeRange: '>=20.19.0',
  license: 'MIT',
  author: 'braze-permissions-toolkit maintainers',
  copyrightYear: 2026,
  typescriptRange: '^5.9.3',
  quickStartOperation: 'usersTrack',
};

/** One compiled entry point: `.` → `src/index.ts`, `./permissions` → `src/permissions.gen.ts`. */
export interface EntryPoint {
  subpath: string;
  /** The module's base name inside `dist/<format>/`, without extension. */
  module: string;
}

/** Entry points the package exposes; each one is a file another emitter always writes. */
export const ENTRY_POINTS: readonly EntryPoint[] = [
  { subpath: '.', module: 'index' },
  { subpath: './permissions', module: 'permissions.gen' },
];

/**
 * Per entry: browsers and workers (bundlers add `browser`; webpack's and Cloudflare's worker targets `worker`) get
 * `dist/browser`, whose Node transport is empty (every entry, so that a bundle holds one copy of each module); then
 * ESM and CommonJS. Conditions are matched in this order; Deno and Bun match neither of the first two.
 */
function conditions(module: string): Record<string, Record<string, string>> {
  const browser = { types: `./dist/esm/${module}.d.ts`, default: `./dist/browser/${module}.js` };
  return {
    browser,
    worker: browser,
    import: { types: `./dist/esm/${module}.d.ts`, default: `./dist/esm/${module}.js` },
    require: { types: `./dist/cjs/${module}.d.ts`, default: `./dist/cjs/${module}.js` },
  };
}

/**
 * `moduleResolution: node10` ignores `exports`; this maps each subpath entry to its CommonJS types so such
 * projects still type-check `import … from '<name>/permissions'` (attw's node10 check).
 */
function typesVersionsMap(): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const entry of ENTRY_POINTS) {
    if (entry.subpath !== '.') map[entry.subpath.slice(2)] = [`./dist/cjs/${entry.module}.d.ts`];
  }
  return map;
}

/** The package name's own words (`braze` of `braze-rest-client`), then what every generated package is. */
function keywordsFor(name: string): string[] {
  const common = ['rest', 'api', 'client', 'openapi', 'permissions'];
  const own = name.replace(/^@[^/]*\//, '').split(/[^a-z0-9]+/).filter((w) => w !== '' && !common.includes(w));
  return [...new Set([...own, ...common])];
}

/** The manifest object, keys in the order npm itself writes them. */
export function buildManifest(model: ApiModel, ctx: EmitContext, options: PackageOptions): Record<string, unknown> {
  const exportsMap: Record<string, unknown> = {};
  for (const entry of ENTRY_POINTS) exportsMap[entry.subpath] = conditions(entry.module);
  exportsMap['./openapi.json'] = './openapi.json';
  exportsMap['./package.json'] = './package.json';
  return {
    '//': bannerJsonValue(model.specPath, ctx.regenerateCommand),
    name: model.packageName,
    version: toSemver(model.version),
    description: `Typed client, permission constants and bundled OpenAPI description for the ${model.title} (spec version ${model.version}).`,
    keywords: keywordsFor(model.packageName),
    license: options.license,
    author: options.author,
    type: 'module',
    sideEffects: false,
    engines: { node: options.nodeRange },
    exports: exportsMap,
    main: './dist/cjs/index.js',
    module: './dist/esm/index.js',
    types: './dist/cjs/index.d.ts',
    typesVersions: { '*': typesVersionsMap() },
    // The permission audit (`npx <name> audit`): compiled with the rest, imported by nothing in the client.
    bin: { [model.packageName.replace(/^@[^/]*\//, '')]: './dist/esm/audit/bin.gen.js' },
    files: ['dist', 'openapi.json'],
    // The audit loads the user's own TypeScript; clients that never run it need none.
    peerDependencies: { typescript: '>=5.0.0' },
    peerDependenciesMeta: { typescript: { optional: true } },
    devDependencies: { typescript: options.typescriptRange },
  };
}

/** The manifest as file contents: two-space JSON and a final newline, like `npm` writes it. */
export function renderManifest(model: ApiModel, ctx: EmitContext, options: PackageOptions): string {
  return `${JSON.stringify(buildManifest(model, ctx, options), null, 2)}\n`;
}
