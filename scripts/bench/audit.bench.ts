/**
 * The permission audit beside `tsc --noEmit` on the same synthetic project: 1,500 files that call the client
 * in the forms the audit resolves (facade methods, `.all`, unions of literal keys, renamed standalone imports,
 * destructuring) among ordinary code, against the built package (`generated/dist`, as users install it).
 * Both run in a child process of their own, alternately, `BENCH_RUNS` times (default 2); the best time of
 * each and the peak RSS are reported, with the ratio (goal: audit ≤ 1.2 × tsc: type checking is the floor).
 *
 * Run alone: `npx tsx scripts/bench/audit.bench.ts` (env `AUDIT_BENCH_FILES`, default 1,500).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE = join(ROOT, 'generated');

/** Facade calls whose input may be omitted, so every file type-checks. */
const CALLS = [
  'braze.campaigns.list()', 'braze.segments.list()', 'braze.canvas.list()', 'braze.events.list()', 'braze.users.identify({})',
  'braze.catalogs.list()', 'braze.templates.email.list()', 'braze.purchases.productList()', 'braze.users.delete({})',
];

/** The text of synthetic file `i`. */
function fileText(i: number): string {
  const call = CALLS[i % CALLS.length]!;
  const other = CALLS[(i * 7 + 3) % CALLS.length]!;
  return [
    "import { createClient, usersExportIds as exportIds } from 'braze-rest-client';",
    "import { braze } from './client.js';",
    `export interface Row${i} { id: string; count: number; tags: readonly string[] }`,
    `export async function job${i}(rows: Row${i}[], area: 'segments' | 'campaigns'): Promise<number> {`,
    '  const totals = new Map<string, number>();',
    '  for (const row of rows) totals.set(row.id, (totals.get(row.id) ?? 0) + row.count * row.tags.length);',
    `  await ${call};`,
    `  if (rows.length > ${i % 17}) await ${other};`,
    '  await braze[area].list();',
    "  for await (const c of braze.campaigns.list.all()) totals.set(String(c), 1);",
    '  const { users } = braze;',
    '  await users.track({ attributes: [] });',
    "  await exportIds(createClient({ apiKey: 'k', instance: 'US-01' }), {});",
    '  const sorted = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id}:${n.toFixed(2)}`);',
    '  return sorted.length;',
    '}',
    '',
  ].join('\n');
}

/** Writes the project; returns its folder. */
export function writeProject(files: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'audit-bench-'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(PACKAGE, join(dir, 'node_modules', 'braze-rest-client'));
  symlinkSync(join(ROOT, 'node_modules', 'typescript'), join(dir, 'node_modules', 'typescript'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
    include: ['src'],
  }));
  writeFileSync(join(dir, 'src', 'client.ts'), "import { createBrazeClient } from 'braze-rest-client';\nexport const braze = createBrazeClient({ apiKey: 'k', instance: 'US-01' });\n");
  for (let i = 0; i < files; i++) writeFileSync(join(dir, 'src', `job${i}.ts`), fileText(i));
  // Runs a script in this process and prints its peak RSS when the process exits.
  writeFileSync(join(dir, 'measure.mjs'), "process.on('exit', () => process.stderr.write(`\\nMAXRSS ${process.resourceUsage().maxRSS}\\n`));\nconst [script] = process.argv.splice(2, 1);\nprocess.argv[1] = script;\nawait import(new URL(script, 'file://').href);\n");
  return dir;
}

/** Runs `script args` in `dir` under the RSS probe; returns wall time, peak RSS (MB) and the exit code. */
function measure(dir: string, script: string, args: string[]): { ms: number; rssMb: number; code: number | null; stderr: string } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(dir, 'measure.mjs'), script, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  const kb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, rssMb: kb / 1024, code: r.status, stderr: r.stderr };
}

/** Builds the package if needed, writes the project, and times both tools. */
export async function run(): Promise<BenchResult[]> {
  const files = Number(process.env.AUDIT_BENCH_FILES ?? 1_500);
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 2));
  if (!existsSync(join(PACKAGE, 'dist', 'esm', 'audit', 'bin.gen.js'))) execFileSync('npm', ['run', 'build'], { cwd: PACKAGE, stdio: 'ignore' });
  const dir = writeProject(files);
  try {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'lib', 'tsc.js');
    const audit = join(PACKAGE, 'dist', 'esm', 'audit', 'bin.gen.js');
    const best = { tsc: { ms: Infinity, rssMb: 0 }, audit: { ms: Infinity, rssMb: 0 } };
    let permissions = 0;
    for (let i = 0; i < runs; i++) {
      const t = measure(dir, tsc, ['-p', 'tsconfig.json', '--noEmit']);
      if (t.code !== 0) throw new Error(`tsc failed on the synthetic project: ${t.stderr.slice(0, 2000)}`);
      const a = measure(dir, audit, ['audit', '--format', 'json', '--output', 'report.json', '--fail-on', 'none']);
      if (a.code !== 0) throw new Error(`the audit failed: ${a.stderr.slice(0, 2000)}`);
      permissions = (JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(dir, 'report.json'), 'utf8'))) as { leastPrivilege: string[] }).leastPrivilege.length;
      best.tsc = { ms: Math.min(best.tsc.ms, t.ms), rssMb: Math.max(best.tsc.rssMb, t.rssMb) };
      best.audit = { ms: Math.min(best.audit.ms, a.ms), rssMb: Math.max(best.audit.rssMb, a.rssMb) };
    }
    const note = `${files} files, best of ${runs}, ${permissions} permissions found`;
    return [
      { name: 'audit wall time', value: Math.round(best.audit.ms), unit: 'ms', note },
      { name: 'tsc --noEmit wall time', value: Math.round(best.tsc.ms), unit: 'ms', note },
      { name: 'audit / tsc time', value: best.audit.ms / best.tsc.ms, unit: 'x', note: 'goal ≤ 1.20' },
      { name: 'audit peak RSS', value: Math.round(best.audit.rssMb), unit: 'MB' },
      { name: 'tsc peak RSS', value: Math.round(best.tsc.rssMb), unit: 'MB' },
      { name: 'audit / tsc peak RSS', value: best.audit.rssMb / best.tsc.rssMb, unit: 'x' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run()) console.log(`${r.name}: ${r.value} ${r.unit}${r.note ? ` (${r.note})` : ''}`);
}
