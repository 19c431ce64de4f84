// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * The command line: `<package> audit [--project tsconfig.json] [--format table|json|sarif|markdown]
 * [--output file] [--key a,b | --key-file file] [--fail-on missing,excess,unresolved,unused] [--config file]`,
 * `--help`, `--version`. Parsed with Node's own `parseArgs`; anything it refuses is a usage error (exit code 2)
 * in our words (its own message about positionals and `--` does not help here); no arguments print the usage.
 */
import { parseArgs } from 'node:util';
import { AuditUsageError } from './load-program.js';

export const FORMATS = ['table', 'json', 'sarif', 'markdown'] as const;
export const FAIL_ON = ['missing', 'excess', 'unresolved', 'unused'] as const;

/** The parsed command line. */
export interface AuditArgs {
  /** `--help`; `usage` for no arguments at all (the usage text, exit code 2); `--version`. */
  show?: 'help' | 'usage' | 'version';
  /** `--project`; undefined when not given: `./tsconfig.json`, or `./jsconfig.json` when only that exists (see `defaultConfigPath`). */
  project?: string;
  format: (typeof FORMATS)[number];
  output?: string;
  key?: string;
  keyFile?: string;
  failOn: (typeof FAIL_ON)[number][];
  config?: string;
}

/** The help text. */
export function usage(bin: string): string {
  return [
    `Usage: npx ${bin} audit [options]`,
    '',
    'Reads your code with your TypeScript and lists the permissions its key needs.',
    '',
    '  -p, --project <file>   tsconfig to audit (default ./tsconfig.json, else ./jsconfig.json)',
    '  -f, --format <name>    table (default), json, sarif or markdown',
    '  -o, --output <file>    write the report there instead of stdout (also when the run fails)',
    '      --key <list>       the key\'s permissions, comma-separated, to compare with',
    '      --key-file <file>  the same from a file: one permission a line, or a JSON array',
    '      --fail-on <list>   exit 1 when any of missing, excess, unresolved, unused (acknowledgements that match nothing) is found',
    '                         (default missing,unresolved; none: never)',
    `      --config <file>    acknowledgements (default ./${bin}-audit.json when it exists)`,
    '  -h, --help             this text',
    '  -v, --version          the package\'s version',
    '',
    'Exit codes: 0 clean, 1 findings selected by --fail-on, 2 usage or project error.',
  ].join('\n');
}

/** Parses `argv` (after the bin name); the first word must be `audit`. */
export function parseAuditArgs(argv: readonly string[]): AuditArgs {
  const only = (show: AuditArgs['show']): AuditArgs => ({ show, format: 'table', failOn: [] });
  if (argv.length === 0) return only('usage');
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' }, project: { type: 'string', short: 'p' }, format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' }, key: { type: 'string' }, 'key-file': { type: 'string' },
        'fail-on': { type: 'string' }, config: { type: 'string' },
      },
    });
  } catch (e) {
    const error = e as Error & { code?: string };
    const option = /'(-[^']*)'/.exec(error.message)?.[1];
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) throw new AuditUsageError(`unknown option ${option} (see --help)`);
    const long = option && /--[\w-]+/.exec(option)?.[0];
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && long) throw new AuditUsageError(`${long} needs a value (see --help)`);
    throw new AuditUsageError(`${error.message} (see --help)`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return only('help');
  if (v.version) return only('version');
  if (positionals[0] !== 'audit' || positionals.length > 1) {
    throw new AuditUsageError(`unknown command ${JSON.stringify(positionals.join(' '))}: the command is \`audit\` (see --help)`);
  }
  const format = v.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) throw new AuditUsageError(`--format ${format}: choose one of ${FORMATS.join(', ')}`);
  const failOn = (v['fail-on'] ?? 'missing,unresolved').replace(/^none$/, '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = failOn.find((s) => !(FAIL_ON as readonly string[]).includes(s));
  if (bad !== undefined) throw new AuditUsageError(`--fail-on ${bad}: choose from ${FAIL_ON.join(', ')}, or none`);
  if (v.key !== undefined && v['key-file'] !== undefined) throw new AuditUsageError('give --key or --key-file, not both');
  return {
    project: v.project, format: format as AuditArgs['format'], output: v.output,
    key: v.key, keyFile: v['key-file'], failOn: failOn as AuditArgs['failOn'], config: v.config,
  };
}
