/**
 * Runs the check on the real seed pages and the real spec. ../shared sits beside the project on developer
 * machines and in CI; without it these tests are skipped (the fixture tests cover the logic).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCheck } from './run-check.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const seeds = path.resolve(root, '..', 'shared', 'seeds');
const seed = (prefix: string) => {
  const name = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith(prefix)) : undefined;
  return name && path.join(seeds, name);
};
const spec = path.join(root, 'spec', 'openapi.yaml');

describe.skipIf(['000_', '002_', '003_', '004_'].some((prefix) => !seed(prefix)))('the seed pages against spec/openapi.yaml', () => {
  it('finds only explained differences on the newest page (000)', async () => {
    const result = await runCheck([seed('000_')!, '--spec', spec, '--json']);
    const report = JSON.parse(result.stdout);
    expect(report.missingFromSpec).toEqual([]);
    expect(report.unexplained).toBe(0);
    expect(result.exitCode).toBe(0);
  });

  it('finds the repeated Canvas table and `canvs.data_summary` on 002', async () => {
    const report = JSON.parse((await runCheck([seed('002_')!, '--spec', spec, '--json'])).stdout);
    const defects = report.defects.map((d: { kind: string; message: string }) => `${d.kind}: ${d.message}`);
    expect(defects).toContain(
      'repeated-table: The "Content Blocks" tab (line 179) repeats the table of the "Canvas" tab (line 96) (8 rows).',
    );
    expect(defects).toContain('misspelling: `canvs.data_summary` looks like a misspelling of `canvas.data_summary`.');
  });

  it('reads the plain-text layout of 003 and reports the table-less 004', async () => {
    const plain = JSON.parse((await runCheck([seed('003_')!, '--spec', spec, '--json'])).stdout);
    expect([plain.layout, plain.pagePermissionCount, plain.missingFromSpec]).toEqual(['plain-text', 63, []]);
    const none = JSON.parse((await runCheck([seed('004_')!, '--spec', spec, '--json'])).stdout);
    expect(none.defects).toEqual([{ kind: 'no-table', line: 0, message: 'The page has no permission table.' }]);
  });
});
