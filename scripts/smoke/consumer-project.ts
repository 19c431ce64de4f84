/**
 * A fresh consumer project in a temporary folder: the packed tarball installed the way a user installs it
 * (`npm install <tarball>`, offline: the package has no dependencies), the ESM and CJS consumers from
 * `consumer/`, and a strict NodeNext tsconfig. TypeScript and `@types/node` are the toolkit's own, used by
 * path, so the smoke test needs no registry access.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NPM, runOk } from './run.js';

/** The repository root (this file is `scripts/smoke/consumer-project.ts`). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const CONSUMER_DIR = fileURLToPath(new URL('consumer/', import.meta.url));
const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** One consumer: its source in `consumer/` (or its text), its name in the project and the compiled file. */
export interface Consumer {
  format: 'esm' | 'cjs';
  source: string;
  file: string;
  output: string;
  /** The file's text, when it does not come from `consumer/`. */
  text?: string;
}

/**
 * Every ```ts block of the given Markdown files, as ESM consumers (`readme-<n>.mts`) that are type-checked
 * but not run: the examples a reader copies must compile against the package as it is published.
 */
export function readmeConsumers(markdownFiles: readonly string[]): Consumer[] {
  const blocks = markdownFiles.flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => ({ path, code: m[1]! })));
  return blocks.map(({ path, code }, i) => ({
    format: 'esm',
    source: path,
    file: `readme-${i + 1}.mts`,
    output: `out/readme-${i + 1}.mjs`,
    // `export {}` keeps a block without imports a module, so top-level await compiles.
    text: `// From ${path}\n${code}export {};\n`,
  }));
}

/** The ESM and CJS consumers: both check the permission helpers and call `users.track` on the loopback server. */
export const CONSUMERS: readonly Consumer[] = [
  { format: 'esm', source: 'esm.mts', file: 'esm.mts', output: 'out/esm.mjs' },
  { format: 'cjs', source: 'cjs.cts', file: 'cjs.cts', output: 'out/cjs.cjs' },
];

/** Creates the project in `dir` with `consumers` and installs `tarball` into it. */
export async function createConsumerProject(dir: string, tarball: string, consumers: readonly Consumer[] = CONSUMERS): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'smoke-consumer', private: true, version: '0.0.0' }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
          typeRoots: [join(REPO_ROOT, 'node_modules', '@types')],
          types: ['node'],
          // The README's proxy example imports undici, which users install; the toolkit's copy stands in.
          paths: { undici: [join(REPO_ROOT, 'node_modules', 'undici', 'index.d.ts')] },
          outDir: 'out',
        },
        files: consumers.map((c) => c.file),
      },
      null,
      2,
    )}\n`,
  );
  for (const c of consumers) {
    if (c.text === undefined) copyFileSync(join(CONSUMER_DIR, c.source), join(dir, c.file));
    else writeFileSync(join(dir, c.file), c.text);
  }
  await runOk(NPM, ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], dir);
}

/** Type-checks and compiles the consumers with `tsc --strict`; throws with tsc's diagnostics on failure. */
export async function compileConsumers(dir: string): Promise<void> {
  await runOk(process.execPath, [TSC, '-p', 'tsconfig.json', '--strict'], dir);
}
