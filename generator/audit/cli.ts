/**
 * The audit command: arguments → the project's TypeScript → one program → one pass → report → output →
 * exit code (0 clean; 1 when a finding selected by `--fail-on` exists; 2 for a usage or project error, with a
 * one-line cause). The report is written even when the run fails on findings.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { acknowledge, type ConfigEntry } from './acknowledge.js';
import type { AuditApi } from './api.js';
import { parseAuditArgs, usage, type AuditArgs } from './args.js';
import { javascriptSkippedFinding } from './findings.js';
import { formatMarkdown } from './format-markdown.js';
import { formatSarif } from './format-sarif.js';
import { formatTable } from './format-table.js';
import { checkPermissionNames, parseKeyFile } from './key.js';
import { AuditUsageError, defaultConfigPath, loadProject, loadTypeScript } from './load-program.js';
import { buildReport, type AuditReport } from './report.js';
import { mergeVisits, visitProgram } from './visit.js';

/** Where the command writes; injectable for tests. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: CliIo = {
  cwd: process.cwd(),
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

const bin = (api: AuditApi): string => api.packageName.replace(/^@[^/]*\//, '');

function readConfig(path: string): ConfigEntry[] {
  let parsed: { acknowledge?: unknown };
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as { acknowledge?: unknown };
  } catch (e) {
    throw new AuditUsageError(`${path}: ${(e as Error).message}`);
  }
  const list = parsed.acknowledge ?? [];
  const ok = Array.isArray(list) && list.every((e: Partial<ConfigEntry>) => typeof e?.file === 'string' && Array.isArray(e.permissions));
  if (!ok) throw new AuditUsageError(`${path}: "acknowledge" must be a list of { "file", "line"?, "code"?, "permissions": [...] }`);
  return list as ConfigEntry[];
}

/** Runs the audit for `args` and returns the report (throws `AuditUsageError` for usage and project errors). */
export function runAudit(api: AuditApi, args: AuditArgs, cwd: string): AuditReport {
  const configPath = args.project !== undefined ? resolve(cwd, args.project) : defaultConfigPath(cwd);
  const key = args.key !== undefined
    ? checkPermissionNames(args.key.split(',').map((s) => s.trim()).filter((s) => s !== ''), api, '--key')
    : args.keyFile !== undefined ? checkPermissionNames(parseKeyFile(readKeyFile(resolve(cwd, args.keyFile)), args.keyFile), api, args.keyFile) : undefined;
  const ts = loadTypeScript(existsSync(configPath) ? resolve(configPath, '..') : cwd);
  const project = loadProject(ts, configPath);
  const visited = mergeVisits(project.programs.map((program) => visitProgram(ts, program, api, project.rootDir)));
  const configFile = args.config !== undefined ? resolve(cwd, args.config) : resolve(project.rootDir, `${bin(api)}-audit.json`);
  const entries = args.config !== undefined || existsSync(configFile) ? readConfig(configFile) : [];
  const rel = (p: string): string => relative(project.rootDir, p).split(sep).join('/');
  const skipped = project.skippedJs.map((s) => javascriptSkippedFinding(rel(s.config), s.files.map(rel)));
  const { findings, acknowledged, warnings } = acknowledge([...skipped, ...visited.findings], visited.texts, entries, api, rel(configFile));
  return buildReport({
    api, project: rel(project.configPath), filesVisited: visited.filesVisited, uses: visited.uses, findings, acknowledged, warnings,
    clients: visited.clients, key,
  });
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new AuditUsageError(`cannot read the key file ${path}`);
  }
}

/** The report in the chosen format. */
export function formatReport(report: AuditReport, format: AuditArgs['format']): string {
  switch (format) {
    case 'json': return `${JSON.stringify(report, null, 2)}\n`;
    case 'sarif': return formatSarif(report, report.project);
    case 'markdown': return formatMarkdown(report);
    default: return formatTable(report);
  }
}

/** 1 when a finding of a kind selected by `--fail-on` exists, else 0. */
export function exitCodeFor(report: AuditReport, failOn: AuditArgs['failOn']): 0 | 1 {
  const missing = report.key.missing.length > 0 || report.clients.some((c) => c.missing.length > 0);
  const excess = report.key.excess.length > 0 || report.clients.some((c) => c.excess.length > 0);
  const found = { missing, excess, unresolved: report.unresolved.length > 0, unused: report.warnings.length > 0 };
  return failOn.some((k) => found[k]) ? 1 : 0;
}

/** The command: parses `argv`, runs, writes the report, and returns the exit code. */
export async function runCli(api: AuditApi, argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const args = parseAuditArgs(argv);
    if (args.show === 'help') {
      io.stdout(`${usage(bin(api))}\n`);
      return 0;
    }
    if (args.show === 'usage') {
      io.stderr(`${usage(bin(api))}\n`);
      return 2;
    }
    if (args.show === 'version') {
      io.stdout(`${api.version ?? 'unknown'}\n`);
      return 0;
    }
    const report = runAudit(api, args, io.cwd);
    const text = formatReport(report, args.format);
    if (args.output !== undefined) writeFileSync(resolve(io.cwd, args.output), text);
    else io.stdout(text);
    const code = exitCodeFor(report, args.failOn);
    if (args.output !== undefined) io.stderr(`${bin(api)} audit: ${report.leastPrivilege.length} permission(s), ${report.unresolved.length} unresolved; report in ${args.output}\n`);
    return code;
  } catch (e) {
    if (e instanceof AuditUsageError) {
      io.stderr(`${bin(api)} audit: ${e.message}\n`);
      return 2;
    }
    // Not 1, which means findings: a crash must never read as a report.
    io.stderr(`${bin(api)} audit: internal error (please report it with the code that caused it): ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}
