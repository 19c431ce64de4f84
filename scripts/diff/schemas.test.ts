import { describe, expect, it } from 'vitest';
import { compareSchemas, typesOf, type SchemaDirection } from './schemas.js';

const doc = { components: { schemas: { Id: { type: 'string' }, Loop: { type: 'object', properties: { next: { $ref: '#/components/schemas/Loop' } } } } } };

function diff(before: unknown, after: unknown, direction: SchemaDirection) {
  return compareSchemas({ doc, schema: before }, { doc, schema: after }, direction).map((c) => `${c.severity} ${c.path}: ${c.message}`);
}

describe('compareSchemas', () => {
  it.each<[string, unknown, unknown, SchemaDirection, string[]]>([
    ['same $ref and inline', { $ref: '#/components/schemas/Id' }, { type: 'string' }, 'request', []],
    ['nullable added', { type: 'string' }, { type: ['string', 'null'] }, 'response', ['major (root): type string → null | string']],
    ['new optional request property', { type: 'object', properties: {} }, { type: 'object', properties: { a: {} } }, 'request', ['minor a: optional property added']],
    ['new required request property', { properties: {} }, { properties: { a: {} }, required: ['a'] }, 'request', ['major a: required property added']],
    ['response property no longer required', { properties: { a: {} }, required: ['a'] }, { properties: { a: {} } }, 'response', ['major a: no longer required']],
    ['request property no longer required', { properties: { a: {} }, required: ['a'] }, { properties: { a: {} } }, 'request', ['minor a: no longer required']],
    ['response enum value removed', { enum: ['a', 'b'] }, { enum: ['a'] }, 'response', ['minor (root): enum values removed: "b"']],
    ['array items', { type: 'array', items: { type: 'integer' } }, { type: 'array', items: { type: 'number' } }, 'request', ['major []: type integer → number']],
    ['allOf merged', { allOf: [{ properties: { a: {} } }, { properties: { b: {} } }] }, { properties: { a: {}, b: {} } }, 'response', []],
    ['request oneOf grew', { oneOf: [{}, {}] }, { oneOf: [{}, {}, {}] }, 'request', ['minor (root): alternatives (oneOf/anyOf) 2 → 3']],
    ['request oneOf shrank', { oneOf: [{}, {}, {}] }, { oneOf: [{}, {}] }, 'request', ['major (root): alternatives (oneOf/anyOf) 3 → 2']],
    ['response anyOf shrank', { anyOf: [{}, {}] }, { anyOf: [{}] }, 'response', ['minor (root): alternatives (oneOf/anyOf) 2 → 1']],
    ['recursive refs terminate', { $ref: '#/components/schemas/Loop' }, { $ref: '#/components/schemas/Loop' }, 'request', []],
  ])('%s', (_name, before, after, direction, want) => {
    expect(diff(before, after, direction)).toEqual(want);
  });

  it('folds nullable into the type list', () => {
    expect(typesOf({ type: 'string', nullable: true })).toEqual(['null', 'string']);
    expect(typesOf({ properties: {} })).toEqual(['object']);
  });
});
