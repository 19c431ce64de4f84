/**
 * Times the docs build: loading the spec and building the model once, then the docs emitter (document
 * decoration, Redoc's server render by Redocly's build-docs renderer on a worker thread, our page and its CSP)
 * a few times; the first run includes starting the worker and loading Redoc. Reports the median and worst
 * emitter time and the page size.
 *
 * Run alone: `npx tsx scripts/bench/docs.bench.ts` (env `BENCH_RUNS`, default 3; `DOCS_BENCH_SPEC` for another
 * spec). The bench runner imports `run()`.
 */
import { pathToFileURL } from 'node:url';
import { emitDocs } from '../../generator/src/emit/docs/index.js';
import { loadSpec } from '../../generator/src/load/load-spec.js';
import { buildModel } from '../../generator/src/model/build-model.js';

/**
 * One measurement. Local stand-in, structurally compatible with the shared `scripts/bench/types.ts` result
 * (name, value, unit) while that file does not exist.
 */
export interface BenchResult {
  name: string;
  value: number;
  unit: 'ms' | 'bytes' | 'count';
  /** Anything that helps read the figure (runs, spec). */
  detail?: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Builds the docs `BENCH_RUNS` times and reports the timings and the page size. */
export async function run(): Promise<BenchResult[]> {
  const specPath = process.env.DOCS_BENCH_SPEC ?? 'spec/openapi.yaml';
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
  const loadStart = performance.now();
  const loaded = await loadSpec(specPath);
  const model = buildModel(loaded.bundled, loaded.sourceMap, specPath, loaded.changes);
  const loadMs = performance.now() - loadStart;
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const files = await emitDocs(model, { regenerateCommand: 'npm run docs' });
    times.push(performance.now() - start);
    bytes = Buffer.byteLength(files[0]?.contents ?? '');
  }
  const detail = `${runs} runs, ${model.operations.length} operations, ${specPath}`;
  return [
    { name: 'docs: load spec + build model', value: Math.round(loadMs), unit: 'ms', detail: specPath },
    { name: 'docs: emit page (median)', value: Math.round(median(times)), unit: 'ms', detail },
    { name: 'docs: emit page (worst)', value: Math.round(Math.max(...times)), unit: 'ms', detail },
    { name: 'docs: page size', value: bytes, unit: 'bytes', detail: 'docs/index.html, everything inlined' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) console.log(`${r.name}: ${r.value} ${r.unit}${r.detail ? ` (${r.detail})` : ''}`);
}
