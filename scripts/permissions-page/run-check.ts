import { readFile } from 'node:fs/promises';
import { comparePage } from './compare.js';
import { formatReport } from './format-report.js';
import { loadSpecPermissions } from './load-spec.js';
import { parsePermissionPage } from './parse-page.js';

/** What a run prints and how it exits. */
export interface CheckResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** The help text, printed by `--help` and after argument errors. */
export const USAGE = `Usage: npm run check:permissions -- <page.md> [--spec spec/openapi.yaml] [--json] [--strict]

Compares a Braze permission page (Markdown with {% tab %} permission tables, or its plain-text rendering)
with the permission catalogue of the spec. Exit 0: nothing unexplained; 1: unexplained differences
(with --strict, page defects count too); 2: bad arguments or unreadable input.
`;

interface Options {
  page: string;
  spec: string;
  json: boolean;
  strict: boolean;
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { page: '', spec: 'spec/openapi.yaml', json: false, strict: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--spec') options.spec = argv[++i] ?? '';
    else if (arg.startsWith('--spec=')) options.spec = arg.slice('--spec='.length);
    else if (arg.startsWith('-')) return `Unknown option ${arg}.`;
    else if (options.page) return 'Give one page only.';
    else options.page = arg;
  }
  if (!options.page) return 'Missing the page to check.';
  if (!options.spec) return 'Missing the value of --spec.';
  return options;
}

/**
 * Runs the parity check for command-line arguments (without `node` and the script) and returns what to
 * print and the exit code. Paths are relative to the working directory.
 */
export async function runCheck(argv: string[]): Promise<CheckResult> {
  if (argv.includes('--help') || argv.includes('-h')) return { exitCode: 0, stdout: USAGE, stderr: '' };
  const options = parseArgs(argv);
  if (typeof options === 'string') return { exitCode: 2, stdout: '', stderr: `${options}\n\n${USAGE}` };
  let text: string;
  try {
    text = await readFile(options.page, 'utf8');
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: `Cannot read ${options.page}: ${(error as Error).message}\n` };
  }
  let spec;
  try {
    spec = await loadSpecPermissions(options.spec);
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: `Cannot load the spec ${options.spec}: ${(error as Error).message}\n` };
  }
  const report = comparePage(options.page, parsePermissionPage(text), spec);
  const failing = report.unexplained > 0 || (options.strict && report.defects.length > 0);
  const stdout = options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, options.strict);
  return { exitCode: failing ? 1 : 0, stdout, stderr: '' };
}
