import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Document } from '@redocly/openapi-core';
import type { ParseCache } from './parse-cache.js';
import { SpecResolver } from './resolver.js';
import { inlineDeepRefs } from './inline-deep-refs.js';
import { SourceMap } from './source-map.js';
import { SpecError, type SpecProblem } from './spec-error.js';
import { validateAndBundle } from './validate.js';
import { readChanges } from './changes-file.js';
import type { ChangeRecord } from '../shared/changes.js';

/** A spec read, validated and bundled into one document, with the map back to its files. */
export interface LoadedSpec {
  /** The root file as given (relative paths kept relative). */
  specPath: string;
  /** The bundled document: one object, every `$ref` naming one whole component of its own (`inline-deep-refs.ts`). */
  bundled: Record<string, unknown>;
  sourceMap: SourceMap;
  /** Absolute paths of every file read (the watch mode's cue for what changed). */
  files: string[];
  /** Mistakes read as meant (`repairs/repairing-struct.ts`): one per place, file:line. */
  warnings: SpecProblem[];
  /** The recorded release history (`changes.yaml` beside the root file), when there is one. */
  changes?: ChangeRecord[];
}

export interface LoadOptions {
  /** Serves YAML files parsed before (see `parse-cache.ts`). */
  parseCache?: ParseCache;
  /** Refuse what would be a warning (`--strict`). */
  strict?: boolean;
}

/**
 * Loads an OpenAPI 3.0 or 3.1 spec, YAML or JSON, single or multi-file: reads every file once, validates
 * and bundles once, and refuses anything invalid with a `SpecError` naming file and line.
 */
export async function loadSpec(specPath: string, cwd = process.cwd(), options: LoadOptions = {}): Promise<LoadedSpec> {
  const absPath = resolve(cwd, specPath);
  const sourceMap = new SourceMap(absPath, cwd);
  const shown = sourceMap.display(absPath);
  const info = await stat(absPath).catch(() => undefined);
  if (!info) throw new SpecError([{ file: shown, message: 'file not found' }]);
  if (!info.isFile()) throw new SpecError([{ file: shown, message: 'not a file' }]);
  const resolver = new SpecResolver(sourceMap, options.parseCache);
  const root = await resolver.resolveDocument(null, absPath, true).catch((error: Error) => error);
  if (root instanceof Error) {
    const problems = resolver.syntaxProblems.length > 0 ? resolver.syntaxProblems : [{ file: shown, message: root.message }];
    throw new SpecError(problems);
  }
  checkOpenApiVersion(root, sourceMap);
  const { bundled, problems, warnings } = await validateAndBundle(root, resolver, sourceMap, options.strict);
  if (problems.length > 0) throw new SpecError(problems, warnings);
  inlineDeepRefs(bundled);
  const history = readChanges(absPath, cwd);
  const files = [...sourceMap.files.keys(), ...(history ? [history.path] : [])].sort();
  return { specPath, bundled, sourceMap, files, warnings, ...(history ? { changes: history.records } : {}) };
}

function checkOpenApiVersion(root: Document, sourceMap: SourceMap): void {
  const parsed = root.parsed as Record<string, unknown>;
  const file = sourceMap.display(sourceMap.rootPath);
  if ('swagger' in parsed) {
    throw new SpecError([{ file, line: sourceMap.lineOf(sourceMap.rootPath, '#/swagger'), message: 'Swagger 2.0 is not supported: convert it to OpenAPI 3.0 or 3.1' }]);
  }
  const version = parsed.openapi;
  if (version === undefined) {
    throw new SpecError([{ file, line: 1, message: 'not an OpenAPI document: no `openapi` field (expected `openapi: 3.0.x` or `3.1.x`)' }]);
  }
  if (typeof version !== 'string' || !/^3\.[01]\.\d+/.test(version)) {
    throw new SpecError([{ file, line: sourceMap.lineOf(sourceMap.rootPath, '#/openapi'), message: `unsupported OpenAPI version ${JSON.stringify(version)} (expected 3.0.x or 3.1.x)` }]);
  }
}
