/**
 * `npm run check:braze-openapi -- <files|folders|URLs> [--spec spec/openapi.yaml] [--json] [--strict]
 * [--verbose]`: reads Braze's per-endpoint OpenAPI files and compares them with our spec (`compare.ts`).
 */
import { SpecError } from '../../generator/src/load/spec-error.js';
import { compareFiles } from './compare.js';
import { failing, formatReport } from './format-report.js';
import { loadOurSpec } from './load-ours.js';
import { parsePeerFile, PeerFileError } from './parse-peer.js';
import { readSources, SourceError } from './read-sources.js';
import type { PeerFile } from './types.js';

/** What a run prints and how it exits. */
export interface CheckResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** The help text, printed by `--help` and after argument errors. */
export const USAGE = `Usage: npm run check:braze-openapi -- <file|folder|URL>... [--spec spec/openapi.yaml] [--json] [--strict] [--verbose]

Compares Braze's per-endpoint OpenAPI files (braze.com/docs/assets/api/openapi/<group>_<page>.yaml) with our
spec: per operation, what ours lacks (operations, parameters, body fields), disagreements (required-ness, the
permission their prose names, the rate limit their prose states) and what ours has extra; then the defects of
their files. Folders are searched for .yaml/.yml/.json files, leaving out non-English variants (a language
code such as ja or pt-br as a folder name or as the first or last part of the file name, or a non-English
info.x-locale / info.x-language). Exit 0: ours is a superset with no disagreement; 1: ours lacks or disagrees
(with --strict, defects of their files count too); 2: bad arguments, unreadable input (file:line for YAML
errors) or an invalid spec.
`;

interface Options {
  inputs: string[];
  spec: string;
  json: boolean;
  strict: boolean;
  verbose: boolean;
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { inputs: [], spec: 'spec/openapi.yaml', json: false, strict: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--spec') options.spec = argv[++i] ?? '';
    else if (arg.startsWith('--spec=')) options.spec = arg.slice('--spec='.length);
    else if (arg.startsWith('-')) return `Unknown option ${arg}.`;
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) return 'Give at least one file, folder or URL of Braze\'s OpenAPI files.';
  if (!options.spec) return 'Missing the value of --spec.';
  return options;
}

const fail = (stderr: string): CheckResult => ({ exitCode: 2, stdout: '', stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n` });

/**
 * Runs the comparison for command-line arguments (without `node` and the script). `fetchImpl` is the
 * global `fetch` unless a test passes another.
 */
export async function runCheck(argv: string[], fetchImpl: typeof fetch = globalThis.fetch): Promise<CheckResult> {
  if (argv.includes('--help') || argv.includes('-h')) return { exitCode: 0, stdout: USAGE, stderr: '' };
  const options = parseArgs(argv);
  if (typeof options === 'string') return fail(`${options}\n\n${USAGE}`);
  let read;
  try {
    read = await readSources(options.inputs, fetchImpl);
  } catch (error) {
    if (error instanceof SourceError) return fail(error.message);
    throw error;
  }
  const files: PeerFile[] = [];
  const skipped = [...read.skipped];
  const problems: string[] = [];
  for (const source of read.sources) {
    try {
      const file = parsePeerFile(source.name, source.text);
      if (source.fromFolder && file.language !== undefined && !file.language.startsWith('en')) {
        skipped.push({ file: source.name, reason: `not English (${file.language}, from its info)` });
      } else files.push(file);
    } catch (error) {
      if (!(error instanceof PeerFileError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) return fail(problems.join('\n'));
  if (files.length === 0) return fail(`No English OpenAPI file found in ${options.inputs.join(', ')}.`);
  let spec;
  try {
    spec = await loadOurSpec(options.spec);
  } catch (error) {
    if (error instanceof SpecError) return fail(`Cannot load the spec ${options.spec}:\n${error.message}`);
    throw error;
  }
  const report = compareFiles(files, spec, skipped);
  const stdout = options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, options.strict, options.verbose);
  return { exitCode: failing(report, options.strict) ? 1 : 0, stdout, stderr: '' };
}
