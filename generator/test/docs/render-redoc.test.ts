import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderRedoc } from '../../src/emit/docs/render-redoc.js';

const tinyDocument = {
  openapi: '3.1.0',
  info: { title: 'Tiny', version: '1' },
  paths: { '/ping': { get: { operationId: 'ping', summary: 'Ping the server', responses: { '200': { description: 'pong' } } } } },
};

describe('renderRedoc (redocly build-docs)', () => {
  let root = '';
  beforeAll(async () => { root = await mkdtemp(join(tmpdir(), 'render-redoc-test-')); });
  afterAll(async () => { await rm(root, { recursive: true, force: true }); });

  it('returns Redoc’s styles and its prerendered, self-hydrating body, and leaves no temporary folder', async () => {
    const parts = await renderRedoc(tinyDocument, { disableTelemetry: true }, root);
    expect(parts.head).toMatch(/^<style/);
    expect(parts.html).toMatch(/^<div id="redoc">/);
    expect(parts.html).toContain('Tiny');
    expect(parts.html).toContain('hydrate(__redoc_definition');
    expect(parts.html).not.toMatch(/<script[^>]+src=/);
    expect(parts.html).not.toContain('import { hydrate } from "https://');
    expect(await readdir(root)).toEqual([]);
  }, 60_000);

  it('reports the CLI’s error for a document it cannot render', async () => {
    await expect(renderRedoc({ openapi: '3.1.0' }, {}, root)).rejects.toThrow(/redocly build-docs failed/);
    expect(await readdir(root)).toEqual([]);
  }, 60_000);
});
