import { describe, expect, it } from 'vitest';
import { readDocsAssets } from '../../src/emit/docs/assets.js';
import { createDocsEmitter, DEFAULT_DOCS_OPTIONS, DOCS_PATH, REDOC_OPTIONS } from '../../src/emit/docs/index.js';
import { inlineScripts, scriptHash } from '../../src/emit/docs/page-security.js';
import { fixtureModel } from './fixture-model.js';

type Json = Record<string, any>;

/** Emits the page with a stand-in for Redoc that records what it was given. */
async function emitWithFakeRedoc(model = fixtureModel()) {
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
  const files = await emitter(model, { regenerateCommand: 'npm run docs' });
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

  it('renders the Changes page from the recorded history, permission changes first', async () => {
    const model = fixtureModel();
    model.changes = [{
      version: '2.0.0', date: '2026-12-01', previous: '1.4.2', bump: 'major', reasons: ['POST /users/track: needs `users.track.v2`'],
      permissionChanges: [{ operation: 'POST /users/track', operationId: 'usersTrack', before: ['users.track'], after: ['users.track.v2'], message: 'every existing key without users.track.v2 now gets 403' }],
      added: [], removed: [{ operation: 'GET /feed/list', operationId: 'feedList', permissions: ['feed.list'] }], other: [],
    }];
    const { html } = await emitWithFakeRedoc(model);
    const page = /<main id="docs-changes"[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
    expect(page).toContain('<h2 id="release-2-0-0">2.0.0 <span class="docs-tag docs-bump docs-bump-major">major: breaks existing keys or code</span></h2>');
    expect(page).toMatch(/<tr data-permission-change="POST \/users\/track">\s*<th scope="row"><a href="#\/users\/userstrack">POST \/users\/track<\/a><\/th>\s*<td><code>users.track<\/code> <\/td>\s*<td><code>users.track.v2<\/code> <\/td>\s*<td><strong>Existing keys fail.<\/strong> every existing key/);
    expect(page.indexOf('Permission changes')).toBeLessThan(page.indexOf('Added operations'));
    expect(page).toContain('<li>GET /feed/list <span class="docs-tag">feed.list</span></li>');
    expect(html).toContain('<a href="#/changes" data-view-link="changes">Changes</a>');
    expect((await emitWithFakeRedoc()).html).toContain('<p>No release is recorded yet.</p>');
  });

  it('renders the Audit page with the package’s own name and the other credentials, and marks operations', async () => {
    const model = fixtureModel();
    model.packageName = 'acme-api-client';
    const { html } = await emitWithFakeRedoc(model);
    const page = /<main id="docs-audit"[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
    expect(page).toContain('<code>npx acme-api-client audit</code>');
    expect(page).toContain('npx acme-api-client audit --format json --output audit.json');
    expect(page).toContain('(ScimToken + ScimOrigin: 1 operation)');
    for (const f of ['--format sarif', '--format markdown', '--output &lt;file&gt;', '--fail-on missing,excess,unresolved', '--key-file']) expect(page).toContain(f);
    expect(html).toContain('Import an audit report (<code>npx acme-api-client audit --format json</code>)');
    expect(html).toMatch(/data-operation="scimUsersGet">[\s\S]*?<span class="docs-tag docs-tag-credential">needs ScimToken \+ ScimOrigin, not an API key<\/span>/);
    expect(html).toMatch(/data-operation="feedDetails">[\s\S]*?docs-tag-deprecated[\s\S]*?<span class="docs-tag docs-tag-early">early access<\/span>/);
    expect(html).not.toContain('braze-rest-client audit');
  });

  it('is deterministic', async () => {
    const a = await emitWithFakeRedoc();
    const b = await emitWithFakeRedoc();
    expect(a.html).toBe(b.html);
  });
});
