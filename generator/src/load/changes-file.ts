/**
 * Reads `changes.yaml`, the spec's recorded release history, which sits beside the root spec file and is
 * written only by `npm run diff -- --record` (see `scripts/diff/record.ts`). Every entry is checked field by
 * field; a bad one is refused with a `SpecError` naming the file, the line and the field, so a hand edit or a
 * merge slip is caught before the docs show it. Without the file the history is empty.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { ChangeRecord } from '../shared/changes.js';
import { SpecError, type SpecProblem } from './spec-error.js';

/** The history file's name, beside the root spec file. */
export const CHANGES_FILE = 'changes.yaml';

/** Where the history of the spec at `specPath` (absolute) lives. */
export function changesPathFor(specPath: string): string {
  return join(dirname(specPath), CHANGES_FILE);
}

const BUMPS = ['major', 'minor', 'patch', 'none', 'initial'];
const SEVERITIES = ['major', 'minor', 'patch'];

type Check = (value: unknown) => string | undefined;
const text: Check = (v) => (typeof v === 'string' && v.length > 0 ? undefined : 'must be a non-empty string');
const texts: Check = (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : 'must be a list of strings');
const oneOf = (allowed: string[]): Check => (v) => (typeof v === 'string' && allowed.includes(v) ? undefined : `must be one of ${allowed.join(', ')}`);
const date: Check = (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : 'must be a date, YYYY-MM-DD (quoted)');

const OPERATION: Record<string, Check> = { operation: text, operationId: text, permissions: texts };
const LISTS: Record<string, Record<string, Check>> = {
  permissionChanges: { operation: text, operationId: text, before: texts, after: texts, message: text },
  added: OPERATION,
  removed: OPERATION,
  other: { severity: oneOf(SEVERITIES), area: text, subject: text, message: text },
};
const ENTRY: Record<string, Check> = { version: text, date, bump: oneOf(BUMPS), reasons: texts };

/** Parses and checks the text of a history file; `file` names it in problems. */
export function parseChanges(source: string, file: string): ChangeRecord[] {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as Node | undefined)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  const problems: SpecProblem[] = [];
  const fail = (node: unknown, message: string): void => void problems.push({ file, line: lineOf(node) ?? 1, message });
  for (const error of doc.errors) fail(undefined, `syntax error: ${error.message.split('\n')[0]}`);
  if (problems.length > 0) throw new SpecError(problems);
  const root = doc.contents;
  const entries = isMap(root) ? root.get('entries', true) : undefined;
  if (!isSeq(entries)) throw new SpecError([{ file, line: lineOf(root) ?? 1, message: 'expected a map with an `entries` list' }]);
  entries.items.forEach((entry, i) => {
    if (!isMap(entry)) return fail(entry, `entries[${i}]: expected a map`);
    checkFields(entry, ENTRY, `entries[${i}]`, fail);
    if (entry.has('previous')) checkFields(entry, { previous: text }, `entries[${i}]`, fail);
    for (const [list, fields] of Object.entries(LISTS)) {
      const items = entry.get(list, true);
      if (!isSeq(items)) { fail(entry, `entries[${i}].${list}: expected a list`); continue; }
      items.items.forEach((item, j) => {
        if (isMap(item)) checkFields(item, fields, `entries[${i}].${list}[${j}]`, fail);
        else fail(item, `entries[${i}].${list}[${j}]: expected a map`);
      });
    }
  });
  if (problems.length > 0) throw new SpecError(problems);
  const records = (doc.toJS() as { entries: ChangeRecord[] }).entries;
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    if (seen.has(r.version)) fail(entries.items[i], `entries[${i}]: version ${r.version} is recorded twice (also entries[${seen.get(r.version)}])`);
    seen.set(r.version, i);
  });
  if (problems.length > 0) throw new SpecError(problems);
  return records;
}

function checkFields(map: YAMLMap, fields: Record<string, Check>, where: string, fail: (node: unknown, message: string) => void): void {
  for (const [name, check] of Object.entries(fields)) {
    const node = map.get(name, true);
    const problem = map.has(name) ? check(isSeq(node) || isMap(node) ? node.toJSON() : (node as { value?: unknown } | undefined)?.value) : 'is missing';
    if (problem) fail(node ?? map, `${where}.${name} ${problem}`);
  }
}

/** The history beside `specPath` (absolute), or `undefined` when there is none. `cwd` shortens names in problems. */
export function readChanges(specPath: string, cwd = process.cwd()): { records: ChangeRecord[]; path: string } | undefined {
  const path = changesPathFor(specPath);
  if (!existsSync(path)) return undefined;
  return { records: parseChanges(readFileSync(path, 'utf8'), relative(cwd, path) || path), path };
}
