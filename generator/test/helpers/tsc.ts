import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Type-checks generated TypeScript with `tsc --strict` the way a consumer compiles it (NodeNext, ES2022),
 * with Node's types (the runtime uses them, as a consumer's project would have), through a tsconfig written
 * next to the sources. Returns tsc's output; empty means it compiled.
 */
export function typeCheck(dir: string, include: string[]): { status: number | null; output: string } {
  const config = {
    compilerOptions: {
      strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM'], types: ['node'], typeRoots: [join(process.cwd(), 'node_modules/@types')], skipLibCheck: true, noUncheckedIndexedAccess: true,
      // The package's audit (src/audit/) is built against `typescript`, its devDependency.
      paths: { typescript: [join(process.cwd(), 'node_modules/typescript/lib/typescript.d.ts')] },
    },
    include,
  };
  writeFileSync(join(dir, 'tsconfig.check.json'), JSON.stringify(config));
  const tsc = join(process.cwd(), 'node_modules/typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.check.json')], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
