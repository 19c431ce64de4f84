/**
 * Makes the page self-contained and lockable: swaps the only remote assets Redoc's bundle loads on its own
 * (the Redocly attribution logo on `cdn.redoc.ly`) for inline SVG, hashes every inline script, and builds the
 * Content-Security-Policy that allows exactly those scripts and nothing from any host.
 */
import { createHash } from 'node:crypto';

/** A small inline stand-in for Redocly's logo (the attribution link itself is kept). */
const LOGO =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='64' height='16' viewBox='0 0 64 16'%3E" +
  "%3Ctext x='0' y='12' font-family='sans-serif' font-size='12' fill='%230044D4'%3ERedocly%3C/text%3E%3C/svg%3E";

const REMOTE_LOGOS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];

/**
 * Replaces Redoc's remote logo URLs with an inline SVG. Throws when a remote Redoc asset host is still named
 * afterwards (a new Redoc version with a new asset), so the page can never silently call out.
 */
export function selfHostRedocAssets(html: string): string {
  let out = html;
  for (const url of REMOTE_LOGOS) out = out.split(url).join(LOGO);
  if (out.includes('cdn.redoc.ly')) throw new Error('docs: Redoc references an asset on cdn.redoc.ly that is not self-hosted yet');
  return out;
}

/**
 * The contents of every inline `<script>` element of `html`, in order. A script's text ends at the first
 * `</script` (HTML parsing rules), which is also where the scan resumes, so `<script>` text inside a script
 * is not mistaken for an element.
 */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  const open = /<script\b([^>]*)>/gi;
  const close = /<\/script/gi;
  let match: RegExpExecArray | null;
  while ((match = open.exec(html))) {
    const start = match.index + match[0].length;
    close.lastIndex = start;
    const end = close.exec(html)?.index ?? -1;
    if (end < 0) throw new Error('docs: unterminated <script> in the page');
    if (!/\bsrc\s*=/.test(match[1] ?? '')) scripts.push(html.slice(start, end));
    open.lastIndex = end;
  }
  return scripts;
}

/** The CSP source expression of a script body: `'sha256-<base64>'`. */
export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * The page's policy: nothing by default; scripts only by hash; inline styles (Redoc's styled-components
 * injects `<style>` elements and React writes `style` attributes); images and fonts only as `data:` URIs; no
 * connections, frames, forms or `<base>`.
 */
export function contentSecurityPolicy(scriptBodies: string[]): string {
  const hashes = [...new Set(scriptBodies.map(scriptHash))].sort();
  return [
    "default-src 'none'",
    `script-src ${hashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}
