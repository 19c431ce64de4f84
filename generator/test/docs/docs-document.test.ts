import { describe, expect, it } from 'vitest';
import { buildDocsDocument, sampleAuthFor, sampleOptionsFor } from '../../src/emit/docs/docs-document.js';
import { DEFAULT_DOCS_OPTIONS } from '../../src/emit/docs/docs-options.js';
import { fixtureModel } from './fixture-model.js';

type Json = Record<string, any>;

describe('buildDocsDocument', () => {
  const model = fixtureModel();
  const before = structuredClone(model.document);
  const doc = buildDocsDocument(model, DEFAULT_DOCS_OPTIONS, '## Intro') as Json;

  it('leaves model.document untouched', () => {
    expect(model.document).toEqual(before);
  });

  it('opens every operation description with its permission and rate limit', () => {
    const track = doc.paths['/users/track'].post;
    expect(track.description).toMatch(/^> \*\*Requires permission `users\.track`\*\*\n>\n> Rate limit: \*\*3,000 requests per 3 seconds/);
    expect(track.description.endsWith('\n\nRecords attributes.')).toBe(true);
    const feed = doc.paths['/feed/{card_id}/details'].get;
    expect(feed.description).toContain('Rate limit: 250,000 requests per hour per workspace (the default');
    expect(feed.description).toContain('**Deprecated**');
    expect(feed['x-badges']).toEqual([{ name: 'Early access' }]);
  });

  it('adds the TypeScript samples from the model', () => {
    const samples = doc.paths['/users/track'].post['x-codeSamples'];
    expect(samples.map((s: Json) => s.label)).toEqual(['TypeScript', 'TypeScript (standalone function)']);
    expect(samples[0].source).toContain(`from '${model.packageName}'`);
    expect(samples[0].source).toContain('await braze.users.track({');
    expect(samples[1].source).toContain('await usersTrack(client, {');
  });

  it('follows a renamed client method', () => {
    const renamed = fixtureModel();
    const op = renamed.operations.find((o) => o.operationId === 'usersTrack')!;
    op.clientPath = ['people', 'record'];
    op.name = 'peopleRecord';
    const samples = (buildDocsDocument(renamed, DEFAULT_DOCS_OPTIONS, '') as Json).paths['/users/track'].post['x-codeSamples'];
    expect(samples[0].source).toContain('braze.people.record(');
    expect(samples[1].source).toContain('peopleRecord(client');
  });

  it('sets x-tagGroups from the model and the introduction after the description', () => {
    expect(doc['x-tagGroups']).toEqual(model.tagGroups);
    expect(doc.info.description).toBe('The test API.\n\n## Intro');
    expect(doc.info.title).toBe('Test API');
  });

  it('refuses a model whose operation is missing from the document', () => {
    const broken = fixtureModel();
    delete (broken.document.paths as Json)['/users/track'];
    expect(() => buildDocsDocument(broken, DEFAULT_DOCS_OPTIONS, '')).toThrow('POST /users/track');
  });

  it('gives a non-API-key operation its own credentials in samples', () => {
    const scim = model.operations.find((o) => o.operationId === 'scimUsersGet')!;
    expect(sampleAuthFor(scim, model)).toEqual({ apiKey: "'<ScimToken>'", headers: { 'X-Request-Origin': "'<X-Request-Origin>'" } });
    expect(doc.paths['/scim/v2/Users'].get['x-codeSamples'][0].source).toContain(
      "createBrazeClient({ apiKey: '<ScimToken>', instance: 'US-01', headers: { 'X-Request-Origin': '<X-Request-Origin>' } })",
    );
    expect(sampleAuthFor(model.operations.find((o) => o.operationId === 'usersTrack')!, model)).toBeUndefined();
  });

  it('uses the first instance in samples', () => {
    expect(sampleOptionsFor(model, DEFAULT_DOCS_OPTIONS).instance).toBe('US-01');
    expect(sampleOptionsFor({ ...model, instances: [] }, DEFAULT_DOCS_OPTIONS).instance).toBeUndefined();
  });
});
