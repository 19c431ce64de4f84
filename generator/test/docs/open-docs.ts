/**
 * Opens a docs page in Debian's Chromium (`/usr/bin/chromium`, driven by playwright-core) for the browser
 * tests: served from 127.0.0.1, every request to another host aborted and recorded, CSP violations and page
 * errors recorded. Shared so each browser test file checks the same conditions.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveDocs, type DocsServer } from './serve-docs.js';

/** Debian's Chromium: the only browser the tests use. */
export const CHROMIUM = '/usr/bin/chromium';

/** True when the browser tests can run (Chromium present) or must (CI set, so a missing browser fails). */
export const browserRunnable = existsSync(CHROMIUM) || !!process.env.CI;

/** A page opened on the served docs, with what it tried and what went wrong. */
export interface OpenedDocs {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  server: DocsServer;
  /** URLs of requests to any other host (all aborted). */
  external: string[];
  /** Uncaught page errors. */
  pageErrors: string[];
  /** `violatedDirective blockedURI` of every CSP violation the page reported. */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Serves `html` and opens it at `hash`, waiting until Redoc's search is ready. `bypassCSP` lets a test inject a
 * checker (axe-core) that the page's own policy would refuse; the page's CSP is still checked in a context
 * without it.
 */
export async function openDocs(html: string, hash: string, options: { bypassCSP?: boolean } = {}): Promise<OpenedDocs> {
  const server = await serveDocs(html);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: options.bypassCSP ?? false });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === server.host) return route.continue();
    external.push(url.href);
    return route.abort();
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector('[data-testid="search-trigger"]', { state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('[data-testid="search-trigger"]')?.textContent?.includes('Loading'));
  return {
    browser, context, page, server, external, pageErrors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
