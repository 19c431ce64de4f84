import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchChunk, RedocUnavailableError } from '../../src/emit/docs/redoc-build-docs.mjs';
import { renderWithCli } from '../../src/emit/docs/redoc-cli.js';
import { renderRedoc, splitRedocPage } from '../../src/emit/docs/render-redoc.js';
import { renderInWorker } from '../../src/emit/docs/redoc-renderer.js';

const tinyDocument = {
  openapi: '3.1.0',
  info: { title: 'Tiny', version: '1' },
  paths: {
    '/ping': {
      get: {
        operationId: 'ping',
        summary: 'Ping the server',
        description: 'Answers with **pong**; see `<script>` handling.',
        parameters: [{ name: 'times', in: 'query', schema: { type: 'integer', default: 1 } }],
        responses: { '200': { description: 'pong', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pong' } } } } },
      },
    },
  },
  components: { schemas: { Pong: { type: 'object', properties: { reply: { type: 'string', example: 'pong' } } } } },
};
const options = { disableTelemetry: true, hideLoading: true, jsonSamplesExpandLevel: 3 };

describe('renderRedoc (Redocly build-docs renderer in a worker thread)', () => {
  it('returns Redoc’s styles and its prerendered, self-hydrating body', async () => {
    const parts = await renderRedoc(tinyDocument, options);
    expect(parts.head).toMatch(/^<style/);
    expect(parts.html).toMatch(/^<div id="redoc">/);
    expect(parts.html).toContain('Tiny');
    expect(parts.html).toContain('hydrate(__redoc_definition');
    expect(parts.html).not.toMatch(/<script[^>]+src=/);
    expect(parts.html).not.toContain('import { hydrate } from "https://');
  }, 60_000);

  it('renders the same page as `redocly build-docs` itself, and is deterministic', async () => {
    const root = await mkdtemp(join(tmpdir(), 'render-redoc-test-'));
    try {
      const [inWorker, again, cli] = await Promise.all([
        renderInWorker(tinyDocument, options),
        renderInWorker(tinyDocument, options),
        renderWithCli(tinyDocument, options, root),
      ]);
      expect(inWorker).toBe(cli);
      expect(again).toBe(inWorker);
      expect(await readdir(root)).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('reports a document Redoc cannot render, and keeps rendering afterwards', async () => {
    await expect(renderRedoc({ openapi: '3.1.0' }, {})).rejects.toThrow(/Redoc could not render the document/);
    expect((await renderRedoc(tinyDocument, options)).html).toContain('Tiny');
  }, 60_000);
});

describe('renderWithCli (the fallback)', () => {
  let root = '';
  beforeAll(async () => { root = await mkdtemp(join(tmpdir(), 'render-redoc-cli-test-')); });
  afterAll(async () => { await rm(root, { recursive: true, force: true }); });

  it('reports the CLI’s error for a document it cannot render, and leaves no temporary folder', async () => {
    await expect(renderWithCli({ openapi: '3.1.0' }, {}, root)).rejects.toThrow(/redocly build-docs failed/);
    expect(await readdir(root)).toEqual([]);
  }, 60_000);
});

describe('splitRedocPage', () => {
  it('splits on the one marker and trims', () => {
    expect(splitRedocPage('<style>a</style>\n<!-- redoc:split -->\n<div id="redoc"></div>\n')).toEqual({ head: '<style>a</style>', html: '<div id="redoc"></div>' });
  });

  it('refuses a page without the marker or with two', () => {
    expect(() => splitRedocPage('<div></div>')).toThrow(/split marker/);
    expect(() => splitRedocPage('a<!-- redoc:split -->b<!-- redoc:split -->c')).toThrow(/split marker/);
  });
});

describe('patchChunk', () => {
  const url = 'file:///x/lib/chunks/ABC.js';
  const renderer = 'async function q1(i,{title:s,templateFileName:u,templateOptions:h,redocOptions:m={},redocVersion:S,disableTelemetry:v,inlineBundle:N},O){return renderToString(i)}';
  const chunk = [
    'import{a as b}from"./DEF.js";import"./GHI.js";',
    'const require = createRequire(import.meta.url);',
    'var z=new URL("./redoc.standalone.js",import.meta.url);',
    'console.error(`use lazy(() => import(\'./MyComponent\'))`);',
    renderer,
    'export{w as handlerBuildCommand};',
  ].join('\n');

  it('makes imports and import.meta.url absolute and exports the renderer', () => {
    const patched = patchChunk(chunk, url);
    expect(patched).toContain('import{a as b}from"file:///x/lib/chunks/DEF.js";import"file:///x/lib/chunks/GHI.js";');
    expect(patched).toContain('createRequire("file:///x/lib/chunks/ABC.js")');
    expect(patched).toContain('new URL("./redoc.standalone.js","file:///x/lib/chunks/ABC.js")');
    expect(patched).toContain("import('./MyComponent')");
    expect(patched).not.toContain('import.meta');
    expect(patched.trimEnd().endsWith('export { q1 as __brazeGeneratorPrerender };')).toBe(true);
  });

  it('refuses a chunk whose renderer it cannot identify', () => {
    expect(() => patchChunk(chunk.replace(renderer, ''), url)).toThrow(RedocUnavailableError);
    expect(() => patchChunk(`${chunk}\n${renderer.replace('q1', 'q2')}`, url)).toThrow(/2 renderer functions/);
    expect(() => patchChunk(chunk.replace('redoc.standalone.js', 'other.js'), url)).toThrow(/no longer server-renders/);
    expect(() => patchChunk(`${chunk}\nimport("./JKL.js")`, url)).toThrow(/dynamically/);
  });
});
