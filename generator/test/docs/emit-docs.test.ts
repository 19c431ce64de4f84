import { describe, expect, it } from 'vitest';
import { readDocsAssets } from '../../src/emit/docs/assets.js';
import { createDocsEmitter, DEFAULT_DOCS_OPTIONS, DOCS_PATH, REDOC_OPTIONS } from '../../src/emit/docs/index.js';
import { inlineScripts, scriptHash } from '../../src/emit/docs/page-security.js';
import { fixtureModel } from './fixture-model.js';

type Json = Record<string, any>;

/** Emits the page with a stand-in for Redoc that records what it was given. */
async function emitWithFakeRedoc() {
  const calls: { document: Json; options: Json }[] = [];
  const emitter = createDocsEmitter({
    options: DEFAULT_DOCS_OPTIONS,
    assets: readDocsAssets(),
    render: async (document, options) => {
      calls.push({ document, options });
      return {
        head: '<style>.redoc{}</style>',
        html: '<div id="redoc">REDOC</div><script type="module">hydrate(`https://cdn.redoc.ly/redoc/logo-mini.svg`)</script>',
      };
    },
  });
  const files = await emitter(fixtureModel(), { regenerateCommand: 'npm run docs' });
  return { files, calls, html: files[0]?.contents ?? '' };
}

describe('createDocsEmitter', () => {
  it('writes one page at docs/index.html from the decorated document', async () => {
    const { files, calls } = await emitWithFakeRedoc();
    expect(files.map((f) => f.path)).toEqual([DOCS_PATH]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.options).toEqual(REDOC_OPTIONS);
    expect(calls[0]?.document.paths['/users/track'].post.description).toContain('Requires permission `users.track`');
    expect(calls[0]?.document.info.description).toContain('## Authentication');
  });

  it('puts a CSP allowing exactly the page’s inline scripts', async () => {
    const { html } = await emitWithFakeRedoc();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const scripts = inlineScripts(html);
    expect(scripts.length).toBe(3); // Redoc's module, the data block, our script
    const allowed = csp.split('; ').find((d) => d.startsWith('script-src '))?.split(' ').slice(1);
    expect(allowed?.sort()).toEqual([...new Set(scripts.map(scriptHash))].sort());
    expect(html).not.toContain('cdn.redoc.ly');
  });

  it('renders the matrix with states and links, and the key builder with its data', async () => {
    const { html } = await emitWithFakeRedoc();
    expect(html).toContain('<tr data-permission="sso.saml.login">');
    expect(html).toMatch(/data-permission="feed\.details">[\s\S]*?docs-tag-deprecated/);
    expect(html).toContain('<a href="#/users/userstrack" data-operation-link="usersTrack">POST /users/track</a>');
    expect(html).toContain('<input type="checkbox" data-operation="usersExport">');
    const data = JSON.parse(/<script type="application\/json" id="docs-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}');
    expect(data.operations.usersExport).toEqual(['users.export', 'users.track']);
    expect(html).toContain('data-module="braze-rest-client/permissions"');
  });

  it('is deterministic', async () => {
    const a = await emitWithFakeRedoc();
    const b = await emitWithFakeRedoc();
    expect(a.html).toBe(b.html);
  });
});
