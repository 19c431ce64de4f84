/**
 * Generation benchmark: full generation in memory (load, model, every emitter; nothing written) of the Braze
 * spec and of GitHub's REST spec, beside openapi-typescript alone (`openapiTS()` + `astToString`, which also
 * parses, lints and bundles) on the same specs. Each run is a fresh child process, like a CLI call, so module
 * loading counts and peak memory (`maxRSS`) is per run; the median of `BENCH_RUNS` (default 3) is reported
 * with the ratios against the goals (Braze under 2 s; GitHub within 1.5× openapi-typescript alone). Each
 * emitter is also timed alone (`name*` in the stage list, not counted in the total) to show where time goes;
 * the total counts the emitters as the CLI runs them, concurrently (`emitAll`).
 *
 * A third scenario, `core`, runs only the generator core (load, model, schema/permissions/index emitters) to
 * separate its cost from the docs, client and package emitters.
 *
 * Run alone: `npx tsx scripts/bench/generate.bench.ts`; the runner imports `run()`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './types.js';

const SPECS = { braze: 'spec/openapi.yaml', github: '/work/shared/fixtures/github-rest-api.json' } as const;
type Mode = 'generate' | 'core' | 'openapi-typescript';
const MODES: Mode[] = ['generate', 'core', 'openapi-typescript'];
/** The emitters of the generator core (this bench's owner); `core` mode runs only these. */
const CORE = ['schema', 'permissions', 'index-file'];

interface ChildReport {
  ms: number;
  maxRssMb: number;
  stages: Record<string, number>;
}

/** The measured work, inside the child process: returns elapsed time and stage times. */
async function measure(mode: Mode, spec: string): Promise<ChildReport> {
  const stages: Record<string, number> = {};
  const started = performance.now();
  let mark = started;
  const lap = (name: string): void => {
    const now = performance.now();
    stages[name] = Math.round(now - mark);
    mark = now;
  };
  if (mode === 'openapi-typescript') {
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    lap('import');
    astToString(await openapiTS(pathToFileURL(spec), { silent: true, defaultNonNullable: false }));
    lap('openapiTS');
  } else if (mode === 'core') {
    const { loadSpec } = await import('../../generator/src/load/load-spec.js');
    const { buildModel } = await import('../../generator/src/model/build-model.js');
    const { emitAll, selectEmitters } = await import('../../generator/src/emit/index.js');
    lap('import');
    const loaded = await loadSpec(spec);
    lap('load');
    const model = buildModel(loaded.bundled, loaded.sourceMap, spec);
    lap('model');
    await emitAll(model, { regenerateCommand: 'npm run generate' }, selectEmitters(CORE));
    lap('emit');
  } else {
    const { loadSpec } = await import('../../generator/src/load/load-spec.js');
    const { buildModel } = await import('../../generator/src/model/build-model.js');
    const { EMITTERS, emitAll } = await import('../../generator/src/emit/index.js');
    lap('import');
    const loaded = await loadSpec(spec);
    lap('load');
    const model = buildModel(loaded.bundled, loaded.sourceMap, spec);
    lap('model');
    // Each emitter alone first (where the time goes), then all together as the CLI runs them.
    for (const entry of EMITTERS) {
      const t = performance.now();
      await entry.emit(model, { regenerateCommand: 'npm run generate' });
      stages[`${entry.name}*`] = Math.round(performance.now() - t);
    }
    mark = performance.now();
    await emitAll(model, { regenerateCommand: 'npm run generate' });
    lap('emitAll');
  }
  const alone = Object.entries(stages).filter(([k]) => k.endsWith('*')).reduce((sum, [, v]) => sum + v, 0);
  return { ms: performance.now() - started - alone, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), stages };
}

function runChild(mode: Mode, spec: string): ChildReport {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', mode, spec], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildReport;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function medianStages(reports: ChildReport[]): string {
  const names = Object.keys(reports[0]?.stages ?? {});
  return names.map((n) => `${n} ${median(reports.map((r) => r.stages[n] ?? 0))}`).join(', ');
}

/** Runs every scenario `BENCH_RUNS` times, interleaved so background load hits each alike. */
export async function run(): Promise<BenchResult[]> {
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
  const results: BenchResult[] = [];
  for (const [name, spec] of Object.entries(SPECS)) {
    const reports: Record<Mode, ChildReport[]> = { generate: [], core: [], 'openapi-typescript': [] };
    for (let i = 0; i < runs; i++) {
      for (const mode of MODES) reports[mode].push(runChild(mode, spec));
    }
    const gen = median(reports.generate.map((r) => r.ms));
    const ots = median(reports['openapi-typescript'].map((r) => r.ms));
    const core = median(reports.core.map((r) => r.ms));
    const goal = name === 'braze' ? 'goal < 2,000 ms' : 'goal ≤ 1.5x';
    results.push(
      { name: `${name}: full generation (all emitters, in memory)`, value: Math.round(gen), unit: 'ms', note: `median of ${runs}; ${medianStages(reports.generate)}` },
      { name: `${name}: openapi-typescript alone`, value: Math.round(ots), unit: 'ms', note: `median of ${runs}` },
      { name: `${name}: generation / openapi-typescript`, value: gen / ots, unit: 'x', note: goal },
      { name: `${name}: core only (load, model, ${CORE.join(', ')})`, value: Math.round(core), unit: 'ms', note: `median of ${runs}; ${medianStages(reports.core)}` },
      { name: `${name}: core / openapi-typescript`, value: core / ots, unit: 'x', note: 'without the docs, client and package emitters' },
      { name: `${name}: peak memory, generation`, value: Math.max(...reports.generate.map((r) => r.maxRssMb)), unit: 'MB', note: 'maxRSS of the child' },
      { name: `${name}: peak memory, openapi-typescript`, value: Math.max(...reports['openapi-typescript'].map((r) => r.maxRssMb)), unit: 'MB', note: 'maxRSS of the child' },
    );
  }
  return results;
}

const [, , flag, mode, spec] = process.argv;
if (flag === '--child' && MODES.includes(mode as Mode) && spec) {
  console.log(JSON.stringify(await measure(mode as Mode, spec)));
} else if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { formatTable } = await import('./index.js');
  console.log(formatTable((await run()).map((result) => ({ module: 'generate', result }))));
}
