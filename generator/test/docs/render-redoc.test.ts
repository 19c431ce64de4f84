import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleRenderer, rendererName, RedocUnavailableError } from '../../src/emit/docs/redoc-build-docs.mjs';
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

describe('rendererName', () => {
  const renderer = 'async function q1(i,{title:s,templateFileName:u,templateOptions:h,redocOptions:m={},redocVersion:S,disableTelemetry:v,inlineBundle:N},O){return renderToString(i)}';
  const chunk = `import{a as b}from"./DEF.js";\nvar z=new URL("./redoc.standalone.js",import.meta.url);\n${renderer}\nexport{w as handlerBuildCommand};`;

  it('finds the one renderer function', () => {
    expect(rendererName(chunk)).toBe('q1');
  });

  it('refuses a chunk whose renderer it cannot identify', () => {
    expect(() => rendererName(chunk.replace(renderer, ''))).toThrow(RedocUnavailableError);
    expect(() => rendererName(`${chunk}\n${renderer.replace('q1', 'q2')}`)).toThrow(/2 renderer functions/);
    expect(() => rendererName(chunk.replace('redoc.standalone.js', 'other.js'))).toThrow(/no longer server-renders/);
  });
});

describe('bundleRenderer', () => {
  it('bundles the chunk and its imports as CommonJS, each file keeping its own import.meta, and exports the renderer', async () => {
    const root = await mkdtemp(join(tmpdir(), 'redoc-bundle-test-'));
    try {
      const chunks = join(root, 'lib', 'chunks');
      await mkdir(join(root, 'lib', 'shared'), { recursive: true });
      await mkdir(chunks);
      await writeFile(join(root, 'lib', 'shared', 'where.js'), 'export const where = () => import.meta.url;\n');
      await writeFile(join(chunks, 'ABC.js'), [
        'import { where } from "../shared/where.js";',
        'import { createRequire } from "node:module";',
        'const standalone = new URL("./redoc.standalone.js", import.meta.url).href;',
        'const require = createRequire(import.meta.url);',
        'async function q1(d,{title:s,templateFileName:u,templateOptions:h,redocOptions:m={},redocVersion:S,disableTelemetry:v,inlineBundle:N},O){',
        '  return JSON.stringify({ standalone, shared: where(), path: require("node:path").sep, renderToString: typeof d });',
        '}',
        'export { q1 as handler };',
      ].join('\n'));
      const text = await bundleRenderer(join(chunks, 'ABC.js'));
      const file = join(root, 'bundle.cjs');
      await writeFile(file, text);
      const prerender = (createRequire(import.meta.url)(file) as Record<string, (d: object, o: object) => Promise<string>>).__brazeGeneratorPrerender;
      expect(JSON.parse(await prerender!({}, {}))).toEqual({
        standalone: pathToFileURL(join(chunks, 'redoc.standalone.js')).href,
        shared: pathToFileURL(join(root, 'lib', 'shared', 'where.js')).href,
        path: sep,
        renderToString: 'object',
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
