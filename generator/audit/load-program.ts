/**
 * Loads the project to audit: the TypeScript compiler from the project's own `node_modules` (the package ships
 * none, so client users who never audit pay nothing), its tsconfig (JS files included under `allowJs`), and
 * one program. Every way this can fail is an `AuditUsageError` with a one-line cause (exit code 2).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type * as TS from 'typescript';

/** A usage or project error: exit code 2, with a one-line cause. */
export class AuditUsageError extends Error {
  override name = 'AuditUsageError';
}

/** `typescript` as the project at `projectDir` resolves it. */
export function loadTypeScript(projectDir: string): typeof TS {
  let ts: typeof TS;
  try {
    ts = createRequire(join(resolve(projectDir), 'package.json'))('typescript') as typeof TS;
  } catch {
    throw new AuditUsageError(`TypeScript is not installed in ${resolve(projectDir)}: the audit uses your project's compiler; install it with \`npm install --save-dev typescript\``);
  }
  const major = Number(ts.versionMajorMinor.split('.')[0]);
  if (major < 5) throw new AuditUsageError(`TypeScript ${ts.version} in ${resolve(projectDir)} is too old for the audit: it needs 5.0 or later (\`npm install --save-dev typescript@5\`)`);
  return ts;
}

/** The loaded project: one program per tsconfig (a solution-style tsconfig gives one per reference), and the folder paths are reported from. */
export interface LoadedProject {
  programs: TS.Program[];
  rootDir: string;
  configPath: string;
  /** Per tsconfig read: the JavaScript files its `include` matches that its programs leave out (no `allowJs`). */
  skippedJs: { config: string; files: string[] }[];
}

const oneLine = (ts: typeof TS, d: TS.Diagnostic): string => {
  const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
  if (!d.file || d.start === undefined) return text;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${d.file.fileName}:${line + 1}:${character + 1}: ${text}`;
};

/**
 * The tsconfig to audit when `--project` is not given: `tsconfig.json` in `cwd`, or, in a JavaScript project
 * that has only a `jsconfig.json` (which implies `allowJs`), that one. With neither, `tsconfig.json`, which the
 * loader then reports missing.
 */
export function defaultConfigPath(cwd: string): string {
  const tsconfig = resolve(cwd, 'tsconfig.json');
  const jsconfig = resolve(cwd, 'jsconfig.json');
  return !existsSync(tsconfig) && existsSync(jsconfig) ? jsconfig : tsconfig;
}

/** Reads and parses one tsconfig; `extra` options are the defaults its own settings override. */
function parseConfig(ts: typeof TS, path: string, extra?: TS.CompilerOptions): TS.ParsedCommandLine {
  if (!existsSync(path)) throw new AuditUsageError(`no tsconfig at ${path}: run in the project folder (with a tsconfig.json or jsconfig.json) or pass --project <tsconfig.json>`);
  const read = ts.readConfigFile(path, ts.sys.readFile);
  if (read.error) throw new AuditUsageError(`cannot read ${path}: ${oneLine(ts, read.error)}`);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(path), extra, path);
  const errors = parsed.errors.filter((e) => e.category === ts.DiagnosticCategory.Error && e.code !== NO_INPUTS);
  if (errors.length > 0) throw new AuditUsageError(`${path} does not load: ${oneLine(ts, errors[0]!)}`);
  return parsed;
}

/** The hint for a project whose tsconfig matches only JavaScript files: TypeScript leaves them out without `allowJs`. */
const JS_HINT = 'for JavaScript sources set "allowJs": true in its compilerOptions, or pass --project jsconfig.json';

/** TS18003, "No inputs were found": expected of a solution-style tsconfig (`files: []` and `references`). */
const NO_INPUTS = 18003;

/**
 * Reads the tsconfig at `configPath` and builds its program; a solution-style tsconfig (no files of its own,
 * `references` to others, as Vite's templates write) builds one program per referenced tsconfig, depth-first.
 */
export function loadProject(ts: typeof TS, configPath: string): LoadedProject {
  const path = resolve(configPath);
  const programs: TS.Program[] = [];
  const skippedJs: LoadedProject['skippedJs'] = [];
  const seen = new Set<string>();
  let jsOnly = false;
  const load = (config: string, depth: number): void => {
    if (seen.has(config) || depth > 8) return;
    seen.add(config);
    const parsed = parseConfig(ts, config);
    if (parsed.fileNames.length > 0) {
      programs.push(ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true }, projectReferences: parsed.projectReferences }));
      // Without allowJs, TypeScript leaves out the JavaScript files its include matches: found by parsing again
      // with it (the config only, no program), as a mixed project would otherwise look clean.
      if (!parsed.options.allowJs) {
        const read = new Set(parsed.fileNames);
        const files = parseConfig(ts, config, { allowJs: true }).fileNames.filter((f) => !read.has(f) && /\.[cm]?jsx?$/.test(f));
        if (files.length > 0) skippedJs.push({ config, files });
      }
    } else if (!parsed.projectReferences?.length) {
      // No files: would it have some if it read JavaScript? (Parsed again only on this error path.)
      jsOnly ||= parseConfig(ts, config, { allowJs: true }).fileNames.length > 0;
    }
    for (const ref of parsed.projectReferences ?? []) load(ts.resolveProjectReferencePath(ref), depth + 1);
  };
  load(path, 0);
  if (programs.length === 0) throw new AuditUsageError(`${path} includes no files${jsOnly ? `; ${JS_HINT}` : ''}`);
  return { programs, rootDir: dirname(path), configPath: path, skippedJs };
}
