/**
 * The files that turn the generated `src/` into `dist/`: a base `tsconfig.json` (editors, `tsc --noEmit`),
 * one config per output format, and `build.mjs`, which runs both compilations and marks `dist/cjs` as
 * CommonJS. `tsc` alone cannot write that marker, and a script keeps the `build` line portable (no `rm`,
 * `cp` or shell quoting) and finds `typescript` wherever Node resolves it (the package's own
 * `node_modules`, or a parent's, as in the toolkit's repository).
 */
import type { GeneratedFile } from '../types.js';

const BASE_OPTIONS = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  types: ['node'],
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  declaration: true,
  rootDir: 'src',
  isolatedModules: true,
  verbatimModuleSyntax: false,
  removeComments: false,
  newLine: 'lf',
};

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `tsconfig.json`: the shared options, type-checking only. */
function baseConfig(): string {
  return json({
    compilerOptions: { ...BASE_OPTIONS, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true },
    include: ['src'],
  });
}

/** ESM output: NodeNext reads `"type": "module"` and keeps `import`/`export`. */
function esmConfig(): string {
  return json({
    extends: './tsconfig.json',
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: false, outDir: 'dist/esm' },
  });
}

/**
 * CommonJS output: `module: CommonJS` forces `require` output regardless of the package type; `Node10`
 * resolution still maps the `.js` specifiers of the sources to their `.ts` files.
 */
function cjsConfig(): string {
  return json({
    extends: './tsconfig.json',
    compilerOptions: { module: 'CommonJS', moduleResolution: 'Node10', noEmit: false, outDir: 'dist/cjs' },
  });
}

const BUILD_SCRIPT = `import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Compiles src/ into dist/esm (ESM) and dist/cjs (CommonJS), each with its .d.ts files.
const root = fileURLToPath(new URL('.', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(new URL('dist', import.meta.url), { recursive: true, force: true });
for (const config of ['tsconfig.esm.json', 'tsconfig.cjs.json']) {
  execFileSync(process.execPath, [tsc, '-p', config], { cwd: root, stdio: 'inherit' });
}
// The package is "type": "module"; this makes Node and TypeScript read dist/cjs as CommonJS.
writeFileSync(new URL('dist/cjs/package.json', import.meta.url), '{\\n  "type": "commonjs"\\n}\\n');
// dist/browser (the "browser" and "worker" exports): dist/esm's JavaScript with the Node transport emptied, as
// browsers and workers never use it (the client picks fetch there), so their bundles leave its bytes out.
cpSync(new URL('dist/esm', import.meta.url), new URL('dist/browser', import.meta.url), { recursive: true, filter: (f) => !f.endsWith('.d.ts') });
writeFileSync(new URL('dist/browser/runtime/node-transport.js', import.meta.url), 'export const nodeTransport = undefined;\\n');
`;

/** The build configuration and script, in a fixed order. */
export function emitBuildFiles(): GeneratedFile[] {
  return [
    { path: 'tsconfig.json', contents: baseConfig() },
    { path: 'tsconfig.esm.json', contents: esmConfig() },
    { path: 'tsconfig.cjs.json', contents: cjsConfig() },
    { path: 'build.mjs', contents: BUILD_SCRIPT },
  ];
}
