/**
 * Accessibility of every page type of the docs (WCAG 2.1 AA), measured by axe-core (from npm) in Debian's
 * Chromium: Redoc's landing page, operation pages of each kind (named examples, deprecated, early access, a
 * credential other than the key, a GET), the permission matrix, the key builder and the Changes and Audit
 * pages, in Redoc's light theme and (a sample) in its dark one. Any serious or critical violation fails, and so
 * do the moderate ones the audit found (heading order, content outside landmarks). Keyboard-only use of the key
 * builder is tested too.
 *
 * axe is injected into a context that bypasses the page's CSP (the policy rightly refuses foreign scripts);
 * the page's own CSP is checked in a context that does not bypass it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../src/generate.js';
import type { ApiModel, OperationModel } from '../../src/model/types.js';
import { operationHref } from '../../src/emit/docs/anchors.js';
import { browserRunnable, openDocs, type OpenedDocs } from './open-docs.js';

const SPEC = process.env.DOCS_TEST_SPEC ?? 'spec/openapi.yaml';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0/2.1 A and AA, plus axe's best practices (heading order, landmarks). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** Moderate findings that still fail: the ones the audit of issue 17 listed. */
const FAILING_MODERATE = new Set(['heading-order', 'region', 'landmark-one-main', 'landmark-no-duplicate-main', 'landmark-main-is-top-level', 'landmark-unique']);

interface Finding {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** The operations whose pages are checked: one of each kind the model has. */
function sampleOperations(model: ApiModel): OperationModel[] {
  const pick = [
    model.operations.find((o) => o.operationId === 'usersTrack'),
    model.operations.find((o) => o.deprecated),
    model.operations.find((o) => o.earlyAccess),
    model.operations.find((o) => o.auth === 'other'),
    model.operations.find((o) => o.method === 'get' && !o.deprecated),
    model.operations.find((o) => o.method === 'delete'),
  ];
  return [...new Set(pick.filter((o): o is OperationModel => !!o))];
}

describe.skipIf(!browserRunnable)('docs accessibility (axe-core in Chromium)', () => {
  let model: ApiModel;
  let html: string;
  let docs: OpenedDocs;

  beforeAll(async () => {
    const generated = await generateFiles(SPEC, { only: ['docs'], regenerateCommand: 'npm run docs' });
    model = generated.model;
    html = generated.files.find((f) => f.path === 'docs/index.html')?.contents ?? '';
    docs = await openDocs(html, '#/', { bypassCSP: true });
    await docs.page.evaluate(AXE_SOURCE);
  });

  afterAll(async () => {
    await docs?.close();
  });

  /** Opens `hash`, waits for `ready` to hold, and runs axe on the whole document. */
  async function audit(hash: string, ready: string): Promise<Finding[]> {
    await docs.page.evaluate((h) => { location.hash = h; }, hash);
    await docs.page.waitForFunction(ready, undefined, { timeout: 30_000 });
    // Two frames: Redoc's lazy parts and the page script's fixes run on animation frames.
    await docs.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await docs.page.waitForTimeout(300);
    const violations = await docs.page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`) }));
    }, AXE_TAGS);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || FAILING_MODERATE.has(v.id));
  }

  const operationReady = (href: string) => `document.getElementById(${JSON.stringify(href.slice(2))})?.textContent?.includes('Requires') || document.getElementById(${JSON.stringify(href.slice(2))})?.textContent?.includes('Rate limit')`;

  it('has no serious violation on the landing page', async () => {
    expect(await audit('#/', `!!document.querySelector('#redoc:not([hidden]) h1')`)).toEqual([]);
  }, 60_000);

  it('has no serious violation on an operation page of each kind', async () => {
    const ops = sampleOperations(model);
    expect(ops.length).toBeGreaterThan(0);
    const found: Record<string, Finding[]> = {};
    for (const op of ops) {
      const href = operationHref(op);
      const findings = await audit(href, operationReady(href));
      if (findings.length > 0) found[op.operationId] = findings;
    }
    expect(found).toEqual({});
  }, 180_000);

  it('has no serious violation on the permission matrix, the key builder, the Changes and the Audit pages', async () => {
    expect(await audit('#/permissions', `!document.getElementById('docs-permissions').hidden`)).toEqual([]);
    await docs.page.evaluate(() => { (document.getElementById('builder-import') as HTMLDetailsElement).open = true; });
    expect(await audit('#/key-builder', `!document.getElementById('docs-key-builder').hidden`)).toEqual([]);
    await docs.page.evaluate(() => document.querySelectorAll('#docs-changes details').forEach((d) => { (d as HTMLDetailsElement).open = true; }));
    expect(await audit('#/changes', `!document.getElementById('docs-changes').hidden`)).toEqual([]);
    expect(await audit('#/audit', `!document.getElementById('docs-audit').hidden`)).toEqual([]);
  }, 90_000);

  it('has no serious violation in Redoc’s dark theme either', async () => {
    // Redoc's colour-mode button puts `dark` on the root element; its `:root.dark` variables then apply.
    await docs.page.evaluate(() => document.documentElement.classList.add('dark'));
    try {
      const found: Record<string, Finding[]> = {};
      const pages: [string, string][] = [
        ['#/', `!!document.querySelector('#redoc:not([hidden]) h1')`],
        ...sampleOperations(model).slice(0, 3).map((op): [string, string] => [operationHref(op), operationReady(operationHref(op))]),
        ['#/key-builder', `!document.getElementById('docs-key-builder').hidden`],
        ['#/changes', `!document.getElementById('docs-changes').hidden`],
      ];
      for (const [hash, ready] of pages) {
        const findings = await audit(hash, ready);
        if (findings.length > 0) found[hash] = findings;
      }
      expect(found).toEqual({});
    } finally {
      await docs.page.evaluate(() => document.documentElement.classList.remove('dark'));
    }
  }, 120_000);

  it('lets the key builder be used with the keyboard alone: tab to an operation, tick it, copy the list', async () => {
    const { page, context } = docs;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(docs.server.url).origin });
    await page.evaluate(() => { location.hash = '#/key-builder'; });
    await page.waitForSelector('#docs-key-builder:not([hidden])');
    await page.click('#builder-clear');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}#${el.id}[${el.getAttribute('data-operation') ?? ''}]` : '';
    });
    let at = '';
    for (let i = 0; i < 40 && !/\[[^\]]+\]$/.test(at); i++) {
      await page.keyboard.press('Tab');
      at = await focused();
    }
    const operationId = /\[([^\]]+)\]$/.exec(at)?.[1];
    expect(operationId, `no checkbox reached by Tab (last focus: ${at})`).toBeTruthy();
    await page.keyboard.press('Space');
    const want = model.operations.find((o) => o.operationId === operationId)?.permissions ?? [];
    expect(await page.$$eval('#key-builder-result li', (lis) => lis.map((li) => li.textContent))).toEqual(want);
    for (let i = 0; i < 40 && at !== 'button#key-builder-copy[]'; i++) {
      await page.keyboard.press('Shift+Tab');
      at = await focused();
    }
    expect(at).toBe('button#key-builder-copy[]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('key-builder-status')?.textContent?.includes('Copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(want.join('\n'));
  }, 60_000);
});
