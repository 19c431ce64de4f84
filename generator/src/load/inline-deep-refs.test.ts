import { describe, expect, it } from 'vitest';
import { inlineDeepRefs, resolvePointer } from './inline-deep-refs.js';

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

  it('leaves a reference that would contain itself, and dangling ones, as they are', () => {
    const doc = {
      components: { schemas: {
        Tree: { properties: { node: { properties: { child: { $ref: '#/components/schemas/Tree/properties/node' } } } } },
        Dangling: { $ref: '#/components/schemas/Nope/properties/x' },
      } },
    };
    inlineDeepRefs(doc);
    const node = doc.components.schemas.Tree.properties.node as unknown as { properties: { child: { properties: { child: unknown } } } };
    expect(node.properties.child.properties.child).toEqual({ $ref: '#/components/schemas/Tree/properties/node' });
    expect(doc.components.schemas.Dangling).toEqual({ $ref: '#/components/schemas/Nope/properties/x' });
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
