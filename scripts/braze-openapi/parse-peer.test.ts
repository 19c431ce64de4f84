import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures.js';
import { parsePeerFile, PeerFileError } from './parse-peer.js';

const parse = (name: string) => parsePeerFile(name, readFileSync(fixture(name), 'utf8'));

describe('parsePeerFile', () => {
  it('reads an operation: line, permission and limit from prose, parameters without transport headers', () => {
    const file = parse('braze/templates_translations_source.yaml');
    expect(file.defects).toEqual([]);
    expect(file.operations).toEqual([{
      file: 'braze/templates_translations_source.yaml', line: 18, method: 'GET', path: '/templates/things/translations/source',
      permissions: ['templates.things.info'],
      rateLimits: [{ kind: 'limit', limit: 250000, windowSeconds: 60, text: '250,000 requests per minute' }],
      params: [{ name: 'template_id', in: 'query', required: true }, { name: 'locale_id', in: 'query', required: false }],
      auth: 'bearer',
    }]);
  });

  it('reads body fields, and flags a file with several paths at the second path', () => {
    const file = parse('braze/things_delete_things.yaml');
    expect(file.operations.map((o) => [o.method, o.path, o.line, o.permissions])).toEqual([
      ['POST', '/things/delete', 18, []],
      ['POST', '/things/archive', 35, ['things.delete']],
    ]);
    expect(file.operations[0]?.body).toEqual({ ids: { required: false }, reason: { required: true } });
    expect(file.defects).toEqual([{
      file: 'braze/things_delete_things.yaml', line: 34, kind: 'several-paths',
      message: 'one endpoint per file, but it has 2 paths: /things/delete, /things/archive',
    }]);
  });

  it('flags a file without paths or without security, and reads its declared language', () => {
    const empty = parsePeerFile('e.yaml', 'openapi: 3.0.3\ninfo: {title: T, version: "1", x-locale: ja}\npaths: {}\n');
    expect(empty.defects.map((d) => [d.kind, d.line])).toEqual([['no-paths', 3]]);
    expect(empty.language).toBe('ja');
    const open = parsePeerFile('o.yaml', 'openapi: 3.0.3\ninfo: {title: T, version: "1"}\npaths:\n  /x:\n    get:\n      responses: {}\n');
    expect(open.operations[0]?.auth).toBe('none');
    expect(open.defects.map((d) => [d.kind, d.line])).toEqual([['no-security', 5]]);
  });

  it('refuses YAML errors and non-OpenAPI files with file:line', () => {
    expect(() => parse('broken/syntax.yaml')).toThrow(PeerFileError);
    expect(() => parse('broken/syntax.yaml')).toThrow(/^broken\/syntax\.yaml:\d+: YAML syntax error: Missing closing "quote/);
    expect(() => parsePeerFile('dup.yaml', 'openapi: 3.0.3\nopenapi: 3.0.3\n')).toThrow(/^dup\.yaml:2: YAML syntax error: Map keys must be unique/);
    expect(() => parsePeerFile('list.yaml', '- a\n')).toThrow('list.yaml:1: not an OpenAPI document (the file is not a map)');
    expect(() => parsePeerFile('x.yaml', 'title: x\n')).toThrow('x.yaml:1: not an OpenAPI document: no `openapi` field');
  });
});
