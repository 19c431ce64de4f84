/**
 * Measures a docs page in Debian's Chromium the way a reader meets it: served from 127.0.0.1 (no other host
 * reachable), opened at an operation's link, timed from navigation start to the moment that operation's
 * permission line is rendered and on screen. Used by `docs.bench.ts`, which compares the current page with the
 * page of a base git ref in the same run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { serveDocs } from '../../generator/test/docs/serve-docs.js';

/** Debian's Chromium (never a downloaded browser). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * The page as committed at `ref` (`git show <ref>:generated/docs/index.html`), or the file `ref` names when one
 * exists; undefined when neither gives it.
 */
export function pageAtRef(ref: string): string | undefined {
  if (existsSync(ref) && statSync(ref).isFile()) return readFileSync(ref, 'utf8');
  try {
    return execFileSync('git', ['show', `${ref}:generated/docs/index.html`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** How many operations the page's key builder lists (one checkbox each). */
export function operationCount(html: string): number {
  return html.split('<input type="checkbox" data-operation="').length - 1;
}

/** The hash of the first operation the page links to from its key builder. */
export function firstOperationHash(html: string): string {
  const m = /<a href="(#\/[^"]+)" aria-label="Open /.exec(html);
  if (!m?.[1]) throw new Error('docs bench: the page links no operation from its key builder');
  return m[1];
}

/** Milliseconds from navigation start until the operation at `hash` shows its text on screen, once per page load. */
async function timeToOperation(browser: Browser, url: string, hash: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const host = new URL(url).host;
  await context.route('**/*', (route) => (new URL(route.request().url()).host === host ? route.continue() : route.abort()));
  const page = await context.newPage();
  try {
    await page.goto(`${url}${hash}`, { waitUntil: 'commit' });
    const id = hash.slice(2);
    const handle = await page.waitForFunction((target) => {
      const el = document.getElementById(target);
      if (!el || !/Requires|Rate limit/.test(el.textContent ?? '')) return false;
      const box = el.getBoundingClientRect();
      return box.height > 0 && box.top < innerHeight && box.bottom > 0 ? performance.now() : false;
    }, id, { timeout: 60_000, polling: 'raf' });
    return Math.round((await handle.jsonValue()) as number);
  } finally {
    await context.close();
  }
}

/** Times each page `runs` times, alternating them so both see the same machine load; milliseconds per page. */
export async function timePages(pages: Record<string, string>, runs: number): Promise<Record<string, number[]>> {
  const servers = await Promise.all(Object.entries(pages).map(async ([name, html]) => [name, await serveDocs(html), firstOperationHash(html)] as const));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(pages).map((n) => [n, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, server, hash] of servers) times[name]?.push(await timeToOperation(browser, server.url, hash));
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map(([, server]) => server.close()));
  }
  return times;
}
