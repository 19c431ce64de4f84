/**
 * Assembles the final HTML: our Handlebars page template around Redoc's parts, with the page CSS and the
 * key-builder script inlined, then the Content-Security-Policy computed from the finished page's scripts.
 */
import Handlebars from 'handlebars';
import { contentSecurityPolicy, inlineScripts, selfHostRedocAssets } from './page-security.js';
import type { PageView } from './page-view.js';
import type { RedocParts } from './render-redoc.js';

/** The page's static assets (from `templates/docs/`). */
export interface PageAssets {
  /** `page.hbs`. */
  template: string;
  /** `docs.css`. */
  css: string;
  /** `key-builder.js`: the views switch, matrix filter and key builder. */
  script: string;
  /** Views of their own, by partial name: `changes.hbs`, `audit.hbs` (`{{> changes}}` in `page.hbs`). */
  partials: Record<string, string>;
}

const CSP_PLACEHOLDER = '__DOCS_CONTENT_SECURITY_POLICY__';

/** Text safe inside `<style>`/`<script>`: an end tag inside it would close the element early. */
function rawTextSafe(text: string, tag: 'style' | 'script'): string {
  if (new RegExp(`</${tag}`, 'i').test(text)) throw new Error(`docs: the inlined ${tag} contains </${tag}`);
  return text;
}

/** Renders the page; deterministic for the same inputs (the CSP hashes follow the content). */
export function renderPage(assets: PageAssets, view: PageView, redoc: RedocParts): string {
  const handlebars = Handlebars.create();
  for (const [name, text] of Object.entries(assets.partials)) handlebars.registerPartial(name, text);
  const template = handlebars.compile(assets.template, { strict: true, noEscape: false });
  const html = template({
    ...view,
    csp: CSP_PLACEHOLDER,
    css: rawTextSafe(assets.css, 'style'),
    script: rawTextSafe(assets.script, 'script'),
    redocHead: redoc.head,
    redocHTML: selfHostRedocAssets(redoc.html),
  });
  if (html.split(CSP_PLACEHOLDER).length !== 2) throw new Error('docs: page.hbs must print {{csp}} exactly once');
  return html.replace(CSP_PLACEHOLDER, contentSecurityPolicy(inlineScripts(html)));
}
