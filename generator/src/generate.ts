import { emitAll, ownerOf, selectEmitters } from './emit/index.js';
import type { GeneratedFile } from './emit/types.js';
import { loadSpec } from './load/load-spec.js';
import type { ParseCache } from './load/parse-cache.js';
import { SpecError, type SpecProblem } from './load/spec-error.js';
import { buildModel } from './model/build-model.js';
import type { ApiModel } from './model/types.js';
import { checkFiles, writeFiles, type WriteReport } from './write/write-files.js';
import type { FaultHook } from './write/swap.js';

/** What one run is asked to do. */
export interface GenerateOptions {
  specPath: string;
  outDir: string;
  /** Emitter names (`--only`); all when absent. */
  only?: string[];
  /** Compare with `outDir` instead of writing (`--check`). */
  check?: boolean;
  /** The banner's regenerate command; defaults to `npm run generate`. */
  regenerateCommand?: string;
  cwd?: string;
  /** Test hook for the writer's atomicity tests. */
  fault?: FaultHook;
  /** When given, receives the milliseconds of each stage (see `StageTimes`). */
  times?: StageTimes;
  /** Parsed YAML files kept between runs (the CLI's, in the build cache); none by default. */
  parseCache?: ParseCache;
  /** Refuse the slips otherwise read as meant with a warning (`--strict`; see `load/repairs/`). */
  strict?: boolean;
}

/**
 * Milliseconds per stage of a run, in the order they ran: `load`, `model`, `emit:<name>` per emitter (from its
 * start to its files; emitters overlap, see `emitAll`), `emit` (all of them), then `write` or `check`. The
 * launcher adds `boot` and `bundle` in front (`--timings` prints the lot).
 */
export type StageTimes = Record<string, number>;

/** A lap timer writing into `times` (a no-op without it). */
function stopwatch(times: StageTimes | undefined): (stage: string) => void {
  let mark = performance.now();
  return (stage) => {
    const now = performance.now();
    if (times) times[stage] = Math.round(now - mark);
    mark = now;
  };
}

/** What a run did, for the CLI's summary. */
export interface GenerateResult {
  model: ApiModel;
  report: WriteReport;
  milliseconds: number;
  /** Mistakes in the spec that were read as meant (see `load/repairs/repairing-struct.ts`). */
  warnings: SpecProblem[];
}

/** Load → model → emit, all in memory: the files a run would write (the bench and `--check` use it). */
export async function generateFiles(
  specPath: string,
  options: { only?: string[]; regenerateCommand?: string; cwd?: string; times?: StageTimes; parseCache?: ParseCache; strict?: boolean } = {},
): Promise<{ model: ApiModel; files: GeneratedFile[]; warnings: SpecProblem[] }> {
  const entries = selectEmitters(options.only);
  for (const entry of entries) entry.prepare?.();
  const { times } = options;
  const lap = stopwatch(times);
  const loaded = await loadSpec(specPath, options.cwd, { parseCache: options.parseCache, strict: options.strict });
  lap('load');
  let model: ApiModel;
  try {
    model = buildModel(loaded.bundled, loaded.sourceMap, specPath, loaded.changes);
  } catch (error) {
    if (error instanceof SpecError) error.warnings = loaded.warnings; // refused after the repairs: show them too
    throw error;
  }
  lap('model');
  const ctx = { regenerateCommand: options.regenerateCommand ?? 'npm run generate' };
  const files = await emitAll(model, ctx, entries, (name, ms) => {
    if (times) times[`emit:${name}`] = Math.round(ms);
  });
  lap('emit');
  return { model, files, warnings: loaded.warnings };
}

/** One generator run: load the spec, build the model, run the emitters, then write (or check) the output. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const regenerateCommand = options.regenerateCommand ?? 'npm run generate';
  const { model, files, warnings } = await generateFiles(options.specPath, {
    only: options.only, regenerateCommand, cwd: options.cwd, times: options.times, parseCache: options.parseCache, strict: options.strict,
  });
  const lap = stopwatch(options.times);
  const only = options.only;
  const writeOptions = {
    outDir: options.outDir,
    specPath: model.specPath,
    regenerateCommand,
    manages: only ? (path: string) => only.includes(ownerOf(path)) : undefined,
  };
  const report = options.check ? await checkFiles(files, writeOptions) : await writeFiles(files, writeOptions, options.fault);
  lap(options.check ? 'check' : 'write');
  return { model, report, milliseconds: performance.now() - started, warnings };
}
