import { describe, expect, it } from 'vitest';
import { inlineDeepRefs, isSchemaPointer, resolvePointer } from './inline-deep-refs.js';

describe('inlineDeepRefs', () => {
  it('replaces a reference inside a component with a copy, its own description winning', () => {
    const doc = {
      components: { schemas: {
        Tag: { allOf: [{ type: 'object', description: 'base', properties: { label: { type: 'string' } } }, { type: 'object' }] },
        Thing: { properties: { tag: { $ref: '#/components/schemas/Tag/allOf/0', description: 'its tag' }, whole: { $ref: '#/components/schemas/Tag' } } },
      } },
    };
    expect(inlineDeepRefs(doc)).toBe(1);
    const { tag, whole } = doc.components.schemas.Thing.properties;
    expect(tag).toEqual({ type: 'object', description: 'its tag', properties: { label: { type: 'string' } } });
    expect(whole).toEqual({ $ref: '#/components/schemas/Tag' });
    // A copy: editing it leaves the component alone.
    (tag as unknown as { properties: object }).properties = {};
    expect(doc.components.schemas.Tag.allOf[0]?.properties).toEqual({ label: { type: 'string' } });
  });

  it('follows references met along the pointer, and inlines references inside the copy', () => {
    const doc = {
      paths: { '/a/{id}': { get: { parameters: [{ name: 'id', in: 'path', schema: { $ref: '#/components/schemas/Id' } }] } } },
      components: { schemas: {
        Id: { type: 'string' },
        Box: { properties: { inner: { $ref: '#/components/schemas/Inner' } } },
        Inner: { properties: { deep: { $ref: '#/components/schemas/Id2/properties/v' } } },
        Id2: { properties: { v: { type: 'integer' } } },
        Uses: { properties: {
          crossing: { $ref: '#/components/schemas/Box/properties/inner/properties/deep' },
          param: { $ref: '#/paths/~1a~1%7Bid%7D/get/parameters/0' },
        } },
      } },
    };
    expect(inlineDeepRefs(doc)).toBe(3);
    expect(doc.components.schemas.Uses.properties.crossing).toEqual({ type: 'integer' });
    expect(doc.components.schemas.Uses.properties.param).toEqual({ name: 'id', in: 'path', schema: { $ref: '#/components/schemas/Id' } });
    expect(doc.components.schemas.Inner.properties.deep).toEqual({ type: 'integer' });
  });

  it('makes a schema that contains a reference to itself a component of its own', () => {
    const doc = {
      components: { schemas: {
        Tree: { properties: { node: { properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Tree/properties/node' } } } } } },
        Uses: { properties: { root: { $ref: '#/components/schemas/Tree/properties/node' } } },
      } },
    };
    inlineDeepRefs(doc);
    const schemas = doc.components.schemas as Record<string, unknown>;
    const hoisted = '#/components/schemas/Tree_properties_node';
    expect(schemas.Tree_properties_node).toMatchObject({ properties: { children: { type: 'array' } } });
    expect(JSON.stringify(doc)).not.toContain('"#/components/schemas/Tree/properties/node"');
    expect(JSON.stringify(doc)).toContain(`"${hoisted}"`);
  });

  it('leaves a dangling reference, and a self-containing one that is not a schema, as they are', () => {
    const doc = {
      paths: { '/a': { get: { parameters: [{ name: 'p', in: 'query', schema: { not: { $ref: '#/paths/~1a/get/parameters/0/schema' } } }] } } },
      components: { schemas: { Dangling: { $ref: '#/components/schemas/Nope/properties/x' } } },
    };
    inlineDeepRefs(doc);
    expect(doc.components.schemas.Dangling).toEqual({ $ref: '#/components/schemas/Nope/properties/x' });
    expect(JSON.stringify(doc.paths)).toContain('"$ref":"#/paths/~1a/get/parameters/0/schema"');
  });

  it('isSchemaPointer knows schema positions inside a component schema', () => {
    expect(isSchemaPointer('#/components/schemas/A/properties/b')).toBe(true);
    expect(isSchemaPointer('#/components/schemas/A/allOf/0/items/additionalProperties')).toBe(true);
    expect(isSchemaPointer('#/components/schemas/A/properties')).toBe(false);
    expect(isSchemaPointer('#/components/schemas/A/example')).toBe(false);
    expect(isSchemaPointer('#/components/parameters/p/schema')).toBe(false);
  });

  it('does not read literal data (examples, enums, defaults, extensions) as references', () => {
    const literal = { $ref: '#/components/schemas/A/properties/b' };
    const doc = { components: { schemas: { A: { properties: { b: { type: 'string' } }, example: literal, default: literal, 'x-data': literal } } } };
    expect(inlineDeepRefs(doc)).toBe(0);
    expect(doc.components.schemas.A.example).toBe(literal);
  });

  it('resolvePointer ends reference cycles with undefined', () => {
    const doc = { components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } } } };
    expect(resolvePointer(doc, '#/components/schemas/A/properties')).toBeUndefined();
  });
});
