/**
 * Times the docs build: loading the spec and building the model once, then the docs emitter (document
 * decoration, Redoc's server render by Redocly's build-docs renderer on a worker thread, our page and its CSP)
 * a few times; the first run includes starting the worker and loading Redoc. Reports the median and worst
 * emitter time and the page size.
 *
 * Then the reader's side, in Debian's Chromium (`docs-render.ts`): the page's size and its time to the first
 * operation visible, beside the page committed at a base ref (`DOCS_BENCH_BASE`, a git ref or an HTML file;
 * default the page before issue 17's accessibility, Changes and Audit work) measured in the same run, with size
 * per operation so a spec with more operations compares fairly. Budget: neither grows by more than 10% for the
 * same number of operations (the time ratio says when the counts differ: then point `DOCS_BENCH_BASE` at a
 * page of the same spec built without the change under test).
 *
 * Run alone: `npx tsx scripts/bench/docs.bench.ts` (env `BENCH_RUNS`, default 3; `DOCS_BENCH_LOADS`, page loads
 * per page in Chromium, default 9, since one load varies by ±20% on a busy machine; `DOCS_BENCH_SPEC` for another
 * spec). The bench runner imports `run()`.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { emitDocs } from '../../generator/src/emit/docs/index.js';
import { loadSpec } from '../../generator/src/load/load-spec.js';
import { buildModel } from '../../generator/src/model/build-model.js';
import { CHROMIUM, operationCount, pageAtRef, timePages } from './docs-render.js';
import type { BenchResult } from './types.js';

/** The commit before issue 17 (accessibility, Changes and Audit pages): 128 operations, 3.46 MB. */
const DEFAULT_BASE = 'f30405c';

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
  let html = '';
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const files = await emitDocs(model, { regenerateCommand: 'npm run docs' });
    times.push(performance.now() - start);
    html = files[0]?.contents ?? '';
  }
  const bytes = Buffer.byteLength(html);
  const detail = `${runs} runs, ${model.operations.length} operations, ${specPath}`;
  return [
    { name: 'docs: load spec + build model', value: Math.round(loadMs), unit: 'ms', detail: specPath },
    { name: 'docs: emit page (median)', value: Math.round(median(times)), unit: 'ms', detail },
    { name: 'docs: emit page (worst)', value: Math.round(Math.max(...times)), unit: 'ms', detail },
    { name: 'docs: page size', value: bytes, unit: 'bytes', detail: 'docs/index.html, everything inlined' },
    ...(await readerSide(html, Math.max(1, Number(process.env.DOCS_BENCH_LOADS ?? 9)))),
  ];
}

/** Size and time to the first operation visible, beside the base ref's page, measured in this run. */
async function readerSide(html: string, runs: number): Promise<BenchResult[]> {
  if (!existsSync(CHROMIUM)) return [{ name: 'docs: time to first operation', value: 0, unit: 'ms', detail: `skipped: ${CHROMIUM} is absent` }];
  const baseRef = process.env.DOCS_BENCH_BASE ?? DEFAULT_BASE;
  const base = pageAtRef(baseRef);
  const ops = operationCount(html);
  const mb = (n: number): number => Math.round((n / 1e6) * 100) / 100;
  const bytes = Buffer.byteLength(html);
  const timed = await timePages(base ? { current: html, base } : { current: html }, runs);
  const now = median(timed.current ?? []);
  const results: BenchResult[] = [
    { name: 'docs: page size', value: mb(bytes), unit: 'MB', detail: `${ops} operations, ${Math.round(bytes / ops).toLocaleString('en-US')} bytes each` },
    { name: 'docs: time to first operation visible (median)', value: Math.round(now), unit: 'ms', detail: `Chromium, ${runs} loads, worst ${Math.max(...(timed.current ?? []))} ms` },
  ];
  if (!base) return [...results, { name: 'docs: base page', value: 0, unit: 'ms', detail: `no generated/docs/index.html at ${baseRef}: no comparison` }];
  const baseBytes = Buffer.byteLength(base);
  const baseOps = operationCount(base);
  const baseTime = median(timed.base ?? []);
  const perOp = bytes / ops / (baseBytes / baseOps);
  return [
    ...results,
    { name: `docs: base page size (${baseRef})`, value: mb(baseBytes), unit: 'MB', detail: `${baseOps} operations` },
    { name: `docs: base time to first operation (${baseRef})`, value: Math.round(baseTime), unit: 'ms', detail: `same run, loads alternated, worst ${Math.max(...(timed.base ?? []))} ms` },
    { name: 'docs: size per operation, now / base', value: Math.round(perOp * 100) / 100, unit: 'x', detail: 'budget 1.10' },
    { name: 'docs: time to first operation, now / base', value: Math.round((now / baseTime) * 100) / 100, unit: 'x', detail: `budget 1.10${ops !== baseOps ? ` (${ops} vs ${baseOps} operations)` : ''}` },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) console.log(`${r.name}: ${r.value} ${r.unit}${r.detail ? ` (${r.detail})` : ''}`);
}
