import { describe, expect, it } from 'vitest';
import { schemaFields } from './schema-fields.js';

describe('schemaFields', () => {
  it('lists nested names with required-ness, through $ref, allOf, arrays and variants', () => {
    const doc = {
      components: {
        schemas: {
          Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } } } },
          Tag: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, deep: { type: 'object', properties: { deeper: { type: 'object', properties: { deepest: {} } } } } } },
        },
      },
    };
    const body = {
      allOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'object', properties: { note: { type: 'string' } } }],
      oneOf: [
        { type: 'object', required: ['by_email', 'both'], properties: { by_email: {}, both: {} } },
        { type: 'object', required: ['both'], properties: { by_phone: {}, both: {} } },
      ],
    };
    expect(schemaFields(doc, body)).toEqual({
      id: { required: true },
      tags: { required: false },
      'tags[].name': { required: true },
      'tags[].deep': { required: false },
      'tags[].deep.deeper': { required: false },
      note: { required: false },
      by_email: { required: false },
      both: { required: true },
      by_phone: { required: false },
    });
    expect(schemaFields(doc, body, 4)).toHaveProperty(['tags[].deep.deeper.deepest']);
    expect(Object.keys(schemaFields(doc, body, 1))).toEqual(['id', 'tags', 'note', 'by_email', 'both', 'by_phone']);
  });

  it('survives a schema that contains itself, and gives {} without properties', () => {
    const doc = { components: { schemas: { Node: { type: 'object', properties: { child: { $ref: '#/components/schemas/Node' } } } } } };
    expect(Object.keys(schemaFields(doc, { $ref: '#/components/schemas/Node' }))).toEqual(['child']);
    expect(schemaFields({}, { type: 'string' })).toEqual({});
  });
});
