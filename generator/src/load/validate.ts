import { bundle, createConfig, lintDocument, type Config, type Document, type NormalizedProblem } from '@redocly/openapi-core';
import type { SpecResolver } from './resolver.js';
import { REPAIRING_STRUCT_ID, repairsPlugin } from './repairs/repairing-struct.js';
import { REPAIR_RULE_ID } from './repairs/report.js';
import type { SourceMap } from './source-map.js';
import type { SpecProblem } from './spec-error.js';

/**
 * The Redocly rules that decide whether a document is valid input: the OpenAPI structure itself (`struct`,
 * which also catches `type: strin`), resolvable `$ref`s and matching path parameters. Unique operationIds
 * are the model's check (`model/build-model.ts`), which names both places; Redocly's rule names only the
 * second. Style rules are the lint script's business, not the generator's.
 */
const RULES = {
  struct: 'error',
  'no-unresolved-refs': 'error',
  'path-parameters-defined': 'error',
  'operation-parameters-unique': 'error',
} as const;

let configPromise: Promise<Config> | undefined;

/** The validation config, created once per process (it is the same for every spec). */
function validationConfig(): Promise<Config> {
  configPromise ??= createValidationConfig();
  return configPromise;
}

/** `RULES`, with Redocly's `struct` replaced by the same rule running the schema repairs first. */
async function createValidationConfig(): Promise<Config> {
  const plain = await createConfig({ extends: [], rules: RULES });
  const struct = plain.plugins.map((plugin) => plugin.rules?.oas3?.struct).find((rule) => rule !== undefined);
  if (!struct) throw new Error('@redocly/openapi-core no longer has a `struct` rule for OpenAPI 3');
  const rules = { ...RULES, struct: 'off', [REPAIRING_STRUCT_ID]: 'error' } as const;
  return createConfig({ extends: [], rules }, { plugins: [repairsPlugin(struct)] });
}

/**
 * Validates then bundles (`dereference: false`, so `$ref`s to components stay and types keep their names)
 * the already-resolved document: each file was read and parsed once by the resolver, whose cache both
 * passes share. A spec that is one file is already bundled and is passed through. Problems come back as
 * file:line. Slips whose meaning is plain are read as meant (`repairs/repairing-struct.ts`) and come back as
 * `warnings`, or, with `strict`, as problems.
 */
export async function validateAndBundle(
  document: Document,
  resolver: SpecResolver,
  sourceMap: SourceMap,
  strict = false,
): Promise<{ bundled: Record<string, unknown>; problems: SpecProblem[]; warnings: SpecProblem[] }> {
  const config = await validationConfig();
  const linted = await lintDocument({ document, config, externalRefResolver: resolver });
  const repairs = linted.filter((p) => p.ruleId === REPAIR_RULE_ID);
  const lintProblems = linted.filter((p) => p.ruleId !== REPAIR_RULE_ID);
  // Every $ref of a single-file spec already points into the file itself, which is what bundling would
  // produce; skipping that second walk saves ~3 s on GitHub's 13 MB spec.
  const result = sourceMap.files.size === 1
    ? { bundle: document, problems: [] as NormalizedProblem[] }
    : await bundle({ doc: document, config, dereference: false, externalRefResolver: resolver });
  // A file with a syntax error is already reported at its own line; Redocly's "can't resolve $ref" for the
  // same file would only repeat it at the referencing line.
  const syntaxOnly = (p: NormalizedProblem) => resolver.syntaxProblems.length > 0 && /syntax error/.test(p.message);
  const problems = [...lintProblems, ...result.problems]
    .filter((p) => p.severity === 'error' && !p.ignored && !syntaxOnly(p))
    .map((p) => toSpecProblem(p, sourceMap));
  // A repair's reading (its `suggest`, see `repairs/report.ts`) is said only when it is read, not refused.
  const warnings = dedupe(repairs.map((p) => {
    const problem = toSpecProblem(p, sourceMap);
    const reading = strict ? undefined : p.suggest[0];
    return reading === undefined ? problem : { ...problem, message: `${problem.message}: ${reading}` };
  }));
  return {
    bundled: result.bundle.parsed as Record<string, unknown>,
    problems: [...resolver.syntaxProblems, ...dedupe(problems), ...(strict ? warnings : [])],
    warnings: strict ? [] : warnings,
  };
}

/**
 * How to fix two refusals: a `$recursiveRef` with no `$recursiveAnchor` schema around it (JSON Schema
 * 2019-09, which OpenAPI does not use, and `repairs/schema.ts` cannot read), and a path template variable
 * that no parameter declares `in: path` (Intercom's description declares one `in: query`).
 */
const HINTS: [RegExp, string][] = [
  [/^Property `\$recursiveRef` is not expected here/, 'JSON Schema 2019-09 has it, but OpenAPI uses `$ref` (3.1 also has `$dynamicRef`); it is read as a `$ref` only when written inside a schema with `$recursiveAnchor: true`'],
  [/^The operation does not define the path parameter/, 'declare it under `parameters` with `in: path` and `required: true`'],
];

function toSpecProblem(problem: NormalizedProblem, sourceMap: SourceMap): SpecProblem {
  const where = problem.location[0];
  const absPath = where?.source.absoluteRef ?? sourceMap.rootPath;
  const line = where?.pointer === undefined ? where?.start.line : sourceMap.lineOf(absPath, where.pointer);
  const text = problem.message.replace(/\s+/g, ' ').trim();
  const hint = HINTS.find(([pattern]) => pattern.test(text))?.[1];
  // Redocly does not say which reference it could not resolve when the file exists but the pointer does not.
  const ref = text === 'Can\'t resolve $ref' && where?.pointer !== undefined ? sourceMap.refAt(absPath, where.pointer) : undefined;
  const message = ref !== undefined ? `${text} ${JSON.stringify(ref)}: nothing is there` : text;
  return { file: sourceMap.display(absPath), line, message: hint ? `${message.replace(/\.$/, '')}: ${hint}` : message };
}

function dedupe(problems: SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
