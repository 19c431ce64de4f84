/**
 * Test support for the lint rules: lint an inline OpenAPI document with the `braze` plugin and only the
 * rules asked for, and return the problems in a form that is easy to compare exactly.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConfig, getLineColLocation, lint, lintFromString } from '@redocly/openapi-core';

/** A rule severity as redocly.yaml writes it. */
export type Severity = 'error' | 'warn' | 'off';

/** A rule's setting: its severity, or its severity with options. */
export type RuleSetting = Severity | { severity: Severity; [option: string]: unknown };

const here = path.dirname(fileURLToPath(import.meta.url));

/** Absolute path of the plugin, loaded the same way Redocly CLI loads it from redocly.yaml. */
export const PLUGIN_PATH = path.join(here, 'plugin.js');

/** One lint problem, reduced to what the tests assert. */
export interface SimpleProblem {
  rule: string;
  message: string;
  /** File name (no directory) of the first location. */
  file: string;
  line: number;
  pointer: string;
}

async function configFor(rules: Record<string, RuleSetting>) {
  return createConfig({ extends: [], plugins: [PLUGIN_PATH], rules }, { configPath: path.join(here, 'redocly.yaml') });
}

function simplify(problems: Awaited<ReturnType<typeof lintFromString>>): SimpleProblem[] {
  return problems.map((p) => {
    const location = p.location[0]!;
    return {
      rule: p.ruleId,
      message: p.message,
      file: path.basename(location.source.absoluteRef),
      line: getLineColLocation(location).start.line,
      pointer: location.pointer ?? '',
    };
  });
}

/**
 * Lints `source` (YAML) with the given rules switched on (e.g. `{'braze/permission-used': 'error'}`).
 * @param source an OpenAPI document
 * @param rules rule ids and severities; nothing else is enabled
 */
export async function lintInline(source: string, rules: Record<string, RuleSetting>): Promise<SimpleProblem[]> {
  const config = await configFor(rules);
  const problems = await lintFromString({ source, absoluteRef: path.join(here, 'inline.yaml'), config });
  return simplify(problems);
}

/**
 * Lints a document on disk (so `$ref`s to other files resolve) with the given rules switched on.
 * @param file path of the root document
 * @param rules rule ids and severities
 */
export async function lintFile(file: string, rules: Record<string, RuleSetting>): Promise<SimpleProblem[]> {
  const config = await configFor(rules);
  return simplify(await lint({ ref: file, config }));
}
