/**
 * `npm run generate [-- flags]`: spec → `generated/`.
 *
 *   --spec <file>       root spec file (default spec/openapi.yaml; OpenAPI 3.0/3.1, YAML or JSON, multi-file)
 *   --out <dir>         output folder (default generated)
 *   --check             regenerate in memory and compare with --out: list stale/missing/extra, exit 1 if any
 *   --watch             regenerate after every save under the spec's folder
 *   --only <a,b>        run only these emitters (docs, schema, permissions, index-file, client, package) and
 *                       replace only their files
 *   --strict            refuse the slips that are otherwise read as meant with a warning: schema keywords of
 *                       another OpenAPI version (3.0's `nullable` in 3.1, …) or of none, and the few listed
 *                       in `load/repairs/objects.ts`
 *   --timings           also print the milliseconds of each stage and the peak RSS in MB (worker threads
 *                       included) as `timings: {json}` on stderr
 *
 * Exit code 1 for an invalid spec (every problem printed as file:line: message; --out untouched) or a stale
 * --check. Warnings go to stderr as `warning: file:line: message` (the first WARNINGS_SHOWN, then a count).
 * The work lives in `generate.ts`; this file only parses flags and prints.
 */
import { watch } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cacheDir, installedVersion } from './build-cache.mjs';
import { generate, type GenerateOptions, type GenerateResult, type StageTimes } from './generate.js';
import { ParseCache } from './load/parse-cache.js';
import { formatProblems, SpecError, type SpecProblem } from './load/spec-error.js';

const DEFAULT_SPEC = 'spec/openapi.yaml';
const DEFAULT_OUT = 'generated';

/** The regenerate command the banners show: the plain script when run with the defaults. */
function regenerateCommandFor(spec: string, out: string): string {
  const flags = [spec !== DEFAULT_SPEC ? `--spec ${spec}` : '', out !== DEFAULT_OUT ? `--out ${out}` : ''].filter(Boolean);
  return flags.length === 0 ? 'npm run generate' : `npm run generate -- ${flags.join(' ')}`;
}

function summarise(result: GenerateResult, options: GenerateOptions): string {
  const { report, model } = result;
  const seconds = (result.milliseconds / 1000).toFixed(2);
  const head = `${model.operations.length} operations, ${model.permissions.length} permissions`;
  if (options.check) {
    const stale = [...report.changed.map((p) => `  stale:   ${p}`), ...report.added.map((p) => `  missing: ${p}`), ...report.removed.map((p) => `  extra:   ${p}`)];
    if (stale.length === 0) return `${options.outDir} is up to date (${head}, ${report.unchanged.length} files) in ${seconds} s`;
    return `${options.outDir} is out of date: run \`${options.regenerateCommand}\`\n${stale.join('\n')}`;
  }
  const counts = `${report.changed.length + report.added.length} changed, ${report.unchanged.length} unchanged, ${report.removed.length} removed`;
  return `${head} → ${options.outDir}/ (${counts}) in ${seconds} s`;
}

type CliOptions = GenerateOptions & { watch: boolean; timings: boolean };

/** How many warnings are printed one per line; the rest are counted. */
export const WARNINGS_SHOWN = 20;

/** The warnings as `warning: file:line: message` lines, sorted; past `WARNINGS_SHOWN`, one line counts the rest. */
export function formatWarnings(warnings: SpecProblem[]): string {
  const lines = formatProblems(warnings).split('\n').map((line) => `warning: ${line}`);
  const rest = lines.length - WARNINGS_SHOWN;
  const shown = rest > 0 ? [...lines.slice(0, WARNINGS_SHOWN), `warning: … and ${rest} more like these`] : lines;
  const count = warnings.length === 1
    ? 'one slip in the description was read as its message says'
    : `${warnings.length} slips in the description were read as their messages say`;
  return [...shown, `warning: ${count}; --strict refuses them`].join('\n');
}

/**
 * The parse cache in the build cache folder (`BRAZE_GENERATOR_CACHE` or `node_modules/.cache/braze-generator/`),
 * tied to the installed Redocly core whose YAML parser fills it; none when the folder cannot be made.
 */
function openParseCache(): ParseCache | undefined {
  try {
    return new ParseCache(cacheDir(), installedVersion('@redocly/openapi-core'));
  } catch {
    return undefined;
  }
}

/** Runs once; returns the exit code (1 for bad input or a stale `--check`). `before`: stages timed before the CLI. */
async function runOnce(options: CliOptions, before: StageTimes = {}): Promise<number> {
  // `total`: from the process start on the launcher's first run (module loading included), else from here.
  const origin = Object.keys(before).length > 0 ? 0 : performance.now();
  try {
    const times: StageTimes = { ...before };
    const parseCache = openParseCache();
    const result = await generate({ ...options, times, parseCache });
    parseCache?.prune();
    if (result.warnings.length > 0) console.error(formatWarnings(result.warnings));
    const stale = result.report.changed.length + result.report.added.length + result.report.removed.length;
    const text = summarise(result, options);
    if (options.timings) {
      const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      console.error(`timings: ${JSON.stringify({ ...times, total: Math.round(performance.now() - origin), peakRssMb })}`);
    }
    if (options.check && stale > 0) {
      console.error(text);
      return 1;
    }
    console.log(text);
    return 0;
  } catch (error) {
    if (error instanceof SpecError && error.warnings.length > 0) console.error(formatWarnings(error.warnings));
    console.error(error instanceof SpecError ? `Invalid spec:\n${error.message}` : `error: ${(error as Error).message}`);
    return 1;
  }
}

/** `--watch`: regenerate after every save under the spec's folder, debounced so one save runs once. */
function watchSpec(options: CliOptions): void {
  const folder = dirname(resolve(options.specPath));
  let timer: NodeJS.Timeout | undefined;
  let changed = new Set<string>();
  let running = Promise.resolve(0);
  console.log(`watching ${relative(process.cwd(), folder) || '.'} for changes (Ctrl-C to stop)`);
  watch(folder, { recursive: true }, (_event, name) => {
    if (name) changed.add(name.toString());
    clearTimeout(timer);
    timer = setTimeout(() => {
      const names = [...changed].sort();
      changed = new Set();
      running = running.then(() => {
        console.log(`changed: ${names.join(', ')}`);
        return runOnce(options);
      });
    }, 150);
  });
}

/** Parses the command line (see the package's `generate` script). */
export function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      spec: { type: 'string', default: DEFAULT_SPEC },
      out: { type: 'string', default: DEFAULT_OUT },
      check: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      only: { type: 'string' },
      timings: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const spec = values.spec ?? DEFAULT_SPEC;
  const out = (values.out ?? DEFAULT_OUT).replace(/\/+$/, '');
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  const flags = { check: values.check === true, watch: values.watch === true, timings: values.timings === true, strict: values.strict === true };
  return { specPath: spec, outDir: out, ...flags, only, regenerateCommand: regenerateCommandFor(spec, out) };
}

/**
 * Runs the CLI with `argv` (without `node cli.ts`) and returns the exit code; in watch mode it keeps watching
 * after the first run. Exported so tests can drive the real CLI without spawning a process per case, and for
 * the launcher (`launch.mjs`), which passes the stages it timed itself (`boot`, `bundle`) as `before`.
 */
export async function runCli(argv: string[], before: StageTimes = {}): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 1;
  }
  const code = await runOnce(options, before);
  if (options.watch && !options.check) watchSpec(options);
  return code;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // No top-level await: the launcher bundles this module as CommonJS (see `launch.mjs`).
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
