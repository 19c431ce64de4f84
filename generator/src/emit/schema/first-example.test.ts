import { describe, expect, it } from 'vitest';
import { withFirstNamedExamples } from './first-example.js';

describe('withFirstNamedExamples', () => {
  const doc = () => ({
    paths: {
      '/a': {
        post: {
          requestBody: { content: { 'application/json': { examples: { byId: { value: { id: 1 } }, byEmail: { value: { email: 'e' } } } } } },
          responses: {
            '200': { content: { 'application/json': { example: { kept: true }, examples: { other: { value: { kept: false } } } } } },
            '201': { content: { 'application/json': { examples: { created: { value: { id: 2 } } } } } },
          },
        },
      },
      '/b': { put: { requestBody: { $ref: '#/components/requestBodies/B' } } },
    },
    components: {
      requestBodies: { B: { content: { 'application/json': { examples: { first: { $ref: '#/components/examples/Shared' } } } } } },
      examples: { Shared: { value: ['x'] } },
    },
  });

  it('gives each request media type its first named example (references followed), not responses', () => {
    const out = withFirstNamedExamples(doc());
    expect(out.paths['/a'].post.requestBody.content['application/json']).toMatchObject({ example: { id: 1 } });
    expect(out.paths['/a'].post.responses['200'].content['application/json'].example).toEqual({ kept: true });
    expect(out.paths['/a'].post.responses['201'].content['application/json']).not.toHaveProperty('example');
    expect(out.components.requestBodies.B.content['application/json']).toMatchObject({ example: ['x'] });
  });

  it('passes over a value that is a literal { $ref } (a slip in some published specs)', () => {
    const content = { 'application/json': { examples: { a: { value: { $ref: '#/components/examples/X' } }, b: { value: 2 } } } };
    const out = withFirstNamedExamples({ paths: { '/d': { post: { requestBody: { content } } } } });
    expect(out.paths['/d'].post.requestBody.content['application/json']).toMatchObject({ example: 2 });
  });

  it('leaves a document without named examples as it was', () => {
    const plain = { paths: { '/c': { get: { responses: { '204': { description: 'none' } } } } } };
    expect(withFirstNamedExamples(structuredClone(plain))).toEqual(plain);
  });
});
