/** Command-line arguments of `npm run diff`, parsed without dependencies. */
import type { Severity } from './types.js';

/** What the user asked for. */
export interface DiffArgs {
  /** The old spec file, or undefined with `base`. */
  oldSpec?: string;
  /** A git ref whose spec is the old side. */
  base?: string;
  newSpec: string;
  json: boolean;
  changelog?: string;
  /** The release-history file (`spec/changes.yaml`) to record the entry in. */
  record?: string;
  /** Record the new spec as the first release (no old side); needs `record`. */
  initial?: boolean;
  /** The CHANGELOG entry's date; defaults to today (UTC). */
  date?: string;
  /** Exit with status 2 when the bump is at least this level (for CI gates). */
  failOn?: Severity;
  help: boolean;
}

export const USAGE = `Usage:
  npm run diff -- <old spec> <new spec> [options]
  npm run diff -- --base <git ref> [<new spec>] [options]   (new spec defaults to spec/openapi.yaml)
  npm run diff -- --initial --record <file> [<spec>]

Options:
  --json               print the report as JSON
  --changelog <file>   prepend a CHANGELOG entry to <file>
  --record <file>      record the release in the history the docs' Changes page shows (spec/changes.yaml);
                       recording a version again replaces its entry
  --initial            with --record and no old spec: record the spec as the first release
  --date <YYYY-MM-DD>  date of the CHANGELOG and history entries (default: today)
  --fail-on <level>    exit 2 when the proposed bump is at least major|minor|patch
`;

const LEVELS: readonly Severity[] = ['patch', 'minor', 'major'];

/** Parses `argv` (without node and the script); throws with a message on bad input. */
export function parseArgs(argv: readonly string[]): DiffArgs {
  const positional: string[] = [];
  const args: DiffArgs = { newSpec: '', json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--base') args.base = value();
    else if (arg === '--changelog') args.changelog = value();
    else if (arg === '--record') args.record = value();
    else if (arg === '--initial') args.initial = true;
    else if (arg === '--date') args.date = value();
    else if (arg === '--fail-on') {
      const level = value();
      if (!LEVELS.includes(level as Severity)) throw new Error(`--fail-on takes major, minor or patch, not ${level}`);
      args.failOn = level as Severity;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (args.help) return args;
  if (args.initial) {
    if (args.record === undefined) throw new Error('--initial records a first release: give --record <file>');
    if (args.base !== undefined || positional.length > 1) throw new Error('--initial takes no old spec: give at most the spec');
    args.newSpec = positional[0] ?? 'spec/openapi.yaml';
  } else if (args.base !== undefined) {
    if (positional.length > 1) throw new Error('with --base, give at most one spec (the new one)');
    args.newSpec = positional[0] ?? 'spec/openapi.yaml';
  } else {
    if (positional.length !== 2) throw new Error('give the old and the new spec, or --base <ref>');
    [args.oldSpec, args.newSpec] = positional as [string, string];
  }
  if (args.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) throw new Error('--date must be YYYY-MM-DD');
  return args;
}

/** True when `bump` reaches `level`. */
export function reaches(bump: Severity | 'none', level: Severity): boolean {
  return bump !== 'none' && LEVELS.indexOf(bump) >= LEVELS.indexOf(level);
}
