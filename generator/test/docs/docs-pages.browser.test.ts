/**
 * The docs' Changes and Audit pages and the key builder's import of an audit report, in Debian's Chromium:
 * the Changes page shows every recorded release with its permission changes (from the model's history, read
 * here independently of the emitter), the Audit page names the package's own command, and an audit JSON report
 * pasted or chosen as a file ticks exactly the operations it lists and names those the API does not have.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../src/generate.js';
import type { ApiModel } from '../../src/model/types.js';
import { browserRunnable, openDocs, type OpenedDocs } from './open-docs.js';

const SPEC = process.env.DOCS_TEST_SPEC ?? 'spec/openapi.yaml';

describe.skipIf(!browserRunnable)('docs Changes and Audit pages, key builder import (Chromium)', () => {
  let model: ApiModel;
  let docs: OpenedDocs;
  const dir = mkdtempSync(join(tmpdir(), 'docs-import-'));

  beforeAll(async () => {
    const generated = await generateFiles(SPEC, { only: ['docs'], regenerateCommand: 'npm run docs' });
    model = generated.model;
    docs = await openDocs(generated.files.find((f) => f.path === 'docs/index.html')?.contents ?? '', '#/changes');
  });

  afterAll(async () => {
    await docs?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows every recorded release, newest first, with its bump, permission changes and operations', async () => {
    const { page } = docs;
    await page.waitForSelector('#docs-changes:not([hidden])');
    const shown = await page.$$eval('#docs-changes section[data-version]', (sections) =>
      sections.map((s) => ({
        version: s.getAttribute('data-version'),
        permissionChanges: Array.from(s.querySelectorAll('tr[data-permission-change]')).map((tr) => tr.getAttribute('data-permission-change')),
        added: s.querySelectorAll('[data-list="added"] li').length,
        removed: s.querySelectorAll('[data-list="removed"] li').length,
        visible: (s as HTMLElement).offsetParent !== null,
      })),
    );
    const history = model.changes ?? [];
    if (history.length === 0) expect(await page.textContent('#docs-changes')).toContain('No release is recorded yet.');
    expect(shown).toEqual(history.map((r) => ({
      version: r.version, permissionChanges: r.permissionChanges.map((c) => c.operation), added: r.added.length, removed: r.removed.length, visible: true,
    })));
    expect(await page.isVisible('#redoc')).toBe(false);
    expect(await page.getAttribute('a[data-view-link="changes"]', 'aria-current')).toBe('page');
  });

  it('documents the audit command under the package’s own name', async () => {
    const { page } = docs;
    await page.click('a[data-view-link="audit"]');
    await page.waitForSelector('#docs-audit:not([hidden])');
    const text = (await page.textContent('#docs-audit')) ?? '';
    expect(text).toContain(`npx ${model.packageName} audit`);
    for (const f of ['--format json', '--format sarif', '--format markdown', '--output', '--key', '--key-file', '--fail-on']) expect(text).toContain(f);
    const other = new Map<string, number>();
    for (const op of model.operations.filter((o) => o.auth === 'other')) {
      const schemes = op.security.map((r) => Object.keys(r.schemes).join(' + ')).join(' or ');
      other.set(schemes, (other.get(schemes) ?? 0) + 1);
    }
    for (const [schemes, n] of other) expect(text).toContain(`${schemes}: ${n} operation${n === 1 ? '' : 's'}`);
  });

  /** An audit report as `npx <package> audit --format json` writes it, listing `ids` (and one the API lacks). */
  function report(ids: string[]): string {
    const [first, ...rest] = ids;
    return JSON.stringify({
      tool: { name: 'audit', package: model.packageName }, project: 'tsconfig.json', filesVisited: 3,
      permissions: [
        { permission: 'x', operations: rest, callSites: rest.map((operation) => ({ file: 'src/a.ts', line: 1, column: 1, operation })) },
        { permission: 'y', operations: ['notAnOperation'], callSites: [] },
      ],
      leastPrivilege: [], unresolved: [{ file: 'src/b.ts', line: 2, column: 3, code: 'cast', message: 'cast to any' }], acknowledged: [],
      otherCredentials: first ? [{ operation: first, callSites: [] }] : [], noPermission: [], deprecated: [], clients: [],
      key: { missing: [], excess: [], compared: false },
    });
  }

  async function ticked(): Promise<string[]> {
    return docs.page.$$eval('input[data-operation]:checked', (boxes) => boxes.map((b) => b.getAttribute('data-operation') ?? '').sort());
  }

  it('ticks the operations of a pasted audit report and names the ones it does not know', async () => {
    const { page } = docs;
    await page.click('a[data-view-link="key-builder"]');
    await page.click('#builder-clear');
    await page.click('#builder-import summary');
    const ids = model.operations.filter((_, i) => i === 0 || i % 9 === 2).map((o) => o.operationId);
    await page.fill('#builder-import-text', report(ids));
    await page.click('#builder-import-apply');
    expect(await ticked()).toEqual([...ids].sort());
    const status = (await page.textContent('#builder-import-status')) ?? '';
    expect(status).toContain(`Ticked ${ids.length} operation${ids.length === 1 ? '' : 's'} from the report (${ids.length + 1} listed).`);
    expect(status).toContain('Not in this API: notAnOperation.');
    const want = [...new Set(model.operations.filter((o) => ids.includes(o.operationId)).flatMap((o) => o.permissions))].sort();
    expect(await page.inputValue('#key-builder-text')).toBe(want.join('\n'));
    await page.fill('#builder-import-text', '{"not": "a report"}');
    await page.click('#builder-import-apply');
    expect(await page.textContent('#builder-import-status')).toContain('This is not an audit report');
    expect(await ticked()).toEqual([...ids].sort());
  });

  it('ticks the operations of an audit report chosen as a file', async () => {
    const { page } = docs;
    await page.click('#builder-clear');
    const ids = model.operations.slice(0, 3).map((o) => o.operationId);
    const file = join(dir, 'audit.json');
    writeFileSync(file, report(ids));
    await page.setInputFiles('#builder-import-file', file);
    await page.waitForFunction(() => document.getElementById('builder-import-status')?.textContent?.startsWith('Ticked'));
    expect(await ticked()).toEqual([...ids].sort());
    expect(docs.external).toEqual([]);
  });
});
