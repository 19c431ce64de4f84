/**
 * The audit emitter: the hand-written permission audit (`generator/audit/`, unit-tested there) copied into
 * `src/audit/`, plus two small generated files: `api.gen.ts`, what the audit knows of this API (package name,
 * the names worth resolving, the `OPERATIONS` table), and `bin.gen.ts`, the package's `bin`. The audit is a
 * separate entry that nothing in the client imports, so the client's bundle does not change.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiModel } from '../../model/types.js';
import { literal } from '../client/literal.js';
import { planOperations } from '../client/plan.js';
import { printStatements } from '../client/print.js';
import type { Emitter } from '../types.js';
import { toSemver } from '../package/version.js';
import { AUDIT_FILES } from './audit-files.js';

/** The factories every generated client file exports (see `client-file.ts`). */
const FACTORY_NAMES = ['createClient', 'createBrazeClient'];

/** The sentences of a deprecated operation's description that say what to use instead. */
export function replacementNote(description: string | undefined): string {
  const sentences = (description ?? '').replace(/\s+/g, ' ').split(/(?<=\.)\s+/);
  return sentences.filter((s) => /\b(instead|replace[sd]?|in favou?r of|recommends)\b/i.test(s)).join(' ');
}

/** The text of `src/audit/api.gen.ts`. */
export function renderAuditApi(model: ApiModel): string {
  const plans = planOperations(model);
  const functionNames = [...new Set([...plans.flatMap((p) => [p.fn, ...(p.allFn ? [p.allFn] : [])]), ...FACTORY_NAMES])].sort();
  const memberNames = [...new Set(plans.flatMap((p) => (p.op.clientPath.length > 0 ? p.op.clientPath : [p.fn])))].sort();
  const deprecations = Object.fromEntries(model.operations.filter((o) => o.deprecated).map((o) => [o.operationId, replacementNote(o.description)]));
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../permissions.gen.js', namedImports: ['OPERATIONS', 'PERMISSION_INFO'] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './api.js', namedImports: ['AuditApi'] },
    {
      kind: StructureKind.VariableStatement, isExported: true, declarationKind: VariableDeclarationKind.Const,
      docs: ['What the permission audit knows of this API: the names that can lead to an operation, and the operation table.'],
      declarations: [{
        name: 'API', type: 'AuditApi',
        initializer: `{ packageName: ${literal(model.packageName)}, version: ${literal(toSemver(model.version))}, operations: OPERATIONS, permissions: Object.keys(PERMISSION_INFO), functionNames: ${literal(functionNames)}, memberNames: ${literal(memberNames)}, deprecations: ${literal(deprecations)} }`,
      }],
    },
  ];
  return printStatements(statements);
}

/** The text of `src/audit/bin.gen.ts`, the package's `bin` (a `#!` line, then the call). */
export function renderAuditBin(): string {
  const statements: (string | StatementStructures)[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './api.gen.js', namedImports: ['API'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './cli.js', namedImports: ['runCli'] },
    'void runCli(API, process.argv.slice(2)).then((code) => { process.exitCode = code; });',
  ];
  return `#!/usr/bin/env node\n${printStatements(statements)}`;
}

/** Emits the audit's sources and its two generated files. */
export const emitAudit: Emitter = (model) => [
  ...AUDIT_FILES,
  { path: 'src/audit/api.gen.ts', contents: renderAuditApi(model) },
  { path: 'src/audit/bin.gen.ts', contents: renderAuditBin() },
];
