import { describe, expect, it } from 'vitest';
import { codeSamples, sampleInput, sampleParamValue, tsLiteral } from '../../src/emit/docs/code-sample.js';
import type { ParameterModel } from '../../src/model/types.js';
import { fixtureModel } from './fixture-model.js';

const options = { packageName: 'test-client', clientFactory: 'createTestClient', clientVariable: 'api', instance: 'US-01' };
const byId = (id: string) => {
  const op = fixtureModel().operations.find((o) => o.operationId === id);
  if (!op) throw new Error(id);
  return op;
};

describe('tsLiteral', () => {
  const table: [string, { given: unknown; want: string }][] = [
    ['string with quote and newline', { given: "it's\nfine", want: "'it\\'s\\nfine'" }],
    ['number', { given: 26, want: '26' }],
    ['null', { given: null, want: 'null' }],
    ['empty array', { given: [], want: '[]' }],
    ['empty object', { given: {}, want: '{}' }],
    ['non-identifier key is quoted', { given: { 'a-b': 1, ok: true }, want: "{\n  'a-b': 1,\n  ok: true,\n}" }],
    ['nested', { given: { a: [1, { b: 'x' }] }, want: "{\n  a: [\n    1,\n    {\n      b: 'x',\n    },\n  ],\n}" }],
  ];
  it.each(table)('%s', (_, { given, want }) => expect(tsLiteral(given)).toBe(want));
});

describe('sampleParamValue', () => {
  const param = (schema: Record<string, unknown>): ParameterModel => ({
    name: 'p', in: 'query', required: true, deprecated: false, style: 'form', explode: true, inputName: 'p', schema,
  });
  const table: [string, { given: Record<string, unknown>; want: unknown }][] = [
    ['example wins', { given: { type: 'string', example: 'x', default: 'y' }, want: 'x' }],
    ['examples[0]', { given: { type: 'string', examples: ['e1', 'e2'] }, want: 'e1' }],
    ['default', { given: { type: 'integer', default: 5 }, want: 5 }],
    ['enum', { given: { type: 'string', enum: ['day', 'hour'] }, want: 'day' }],
    ['integer placeholder', { given: { type: 'integer' }, want: 1 }],
    ['boolean placeholder', { given: { type: 'boolean' }, want: true }],
    ['string placeholder names the parameter', { given: { type: 'string' }, want: '<p>' }],
  ];
  it.each(table)('%s', (_, { given, want }) => expect(sampleParamValue(param(given))).toEqual(want));
});

describe('sampleInput', () => {
  it('flattens the request example under input names (renames applied)', () => {
    expect(sampleInput(byId('usersTrack'))).toEqual({ attributes: [{ external_id: 'u1', "it's": true }], id: 7 });
  });
  it('takes required parameters and optional ones only with an example', () => {
    expect(sampleInput(byId('feedDetails'))).toEqual({ card_id: '<card_id>', length: 14 });
  });
  it('is empty without parameters or body', () => {
    expect(sampleInput(byId('scimUsersGet'))).toEqual({});
  });
  it('puts a placeholder for a required body field the example lacks', () => {
    const op = { ...byId('usersTrack'), examples: {} };
    expect(sampleInput(op)).toEqual({ attributes: '<attributes>' });
  });
});

describe('codeSamples', () => {
  it('calls the facade path and the standalone function named in the model', () => {
    const [facade, standalone] = codeSamples(byId('feedDetails'), options);
    expect(facade).toEqual({
      lang: 'TypeScript',
      label: 'TypeScript',
      source: [
        "import { createTestClient } from 'test-client';",
        '',
        "const api = createTestClient({ apiKey: process.env.BRAZE_API_KEY!, instance: 'US-01' });",
        '',
        "const result = await api.feed.details({\n  card_id: '<card_id>',\n  length: 14,\n});",
      ].join('\n'),
    });
    expect(standalone?.label).toBe('TypeScript (standalone function)');
    expect(standalone?.source).toContain("import { createTestClient, feedDetails } from 'test-client';");
    expect(standalone?.source).toContain("const result = await feedDetails(client, {\n  card_id: '<card_id>',");
  });
  it('passes no input when the operation takes none', () => {
    const [facade, standalone] = codeSamples(byId('scimUsersGet'), { ...options, instance: undefined });
    expect(facade?.source).toContain('await api.scim.users.get();');
    expect(facade?.source).toContain('createTestClient({ apiKey: process.env.BRAZE_API_KEY! })');
    expect(standalone?.source).toContain('await scimUsersGet(client);');
  });
});
