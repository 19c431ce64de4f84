// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

import { execFileSync } from 'node:child_process';
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
writeFileSync(new URL('dist/cjs/package.json', import.meta.url), '{\n  "type": "commonjs"\n}\n');
// dist/browser (the "browser" and "worker" exports): dist/esm's JavaScript with the Node transport emptied, as
// browsers and workers never use it (the client picks fetch there), so their bundles leave its bytes out.
cpSync(new URL('dist/esm', import.meta.url), new URL('dist/browser', import.meta.url), { recursive: true, filter: (f) => !f.endsWith('.d.ts') });
writeFileSync(new URL('dist/browser/runtime/node-transport.js', import.meta.url), 'export const nodeTransport = undefined;\n');
