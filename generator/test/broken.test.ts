import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../src/cli.js';
import { makeTempDir, snapshotTree } from './helpers/tree.js';

const DIR = 'generator/test/fixtures/broken';

/** [case, spec file, the `file:line` the message must name, the problem it must state, extra flags]. */
const CASES: [string, string, string, RegExp, string[]?][] = [
  ['YAML syntax error', 'yaml-syntax/openapi.yaml', 'yaml-syntax/openapi.yaml:19', /syntax error: Missing closing "quote/],
  ['duplicate key', 'duplicate-key/openapi.yaml', 'duplicate-key/openapi.yaml:16', /syntax error: Map keys must be unique/],
  ['JSON syntax error', 'json-syntax/openapi.json', 'json-syntax/openapi.json:5', /syntax error: .*JSON/],
  ['syntax error in a referenced file', 'syntax-error-in-ref/openapi.yaml', 'syntax-error-in-ref/paths/things.yaml:6', /syntax error/],
  ['unresolved $ref', 'unresolved-ref/openapi.yaml', 'unresolved-ref/openapi.yaml:18', /Can't resolve \$ref: ENOENT/],
  ['$ref to nothing in its file', 'unresolved-pointer/openapi.yaml', 'unresolved-pointer/openapi.yaml:22', /Can't resolve \$ref "#\/components\/schemas\/Thing": nothing is there/],
  ['duplicate operationId', 'duplicate-operation-id/openapi.yaml', 'duplicate-operation-id/openapi.yaml:21', /duplicate operationId 'thingsList': used by GET \/things \(generator\/test\/fixtures\/broken\/duplicate-operation-id\/openapi\.yaml:15\) and by GET \/other-things \(generator\/test\/fixtures\/broken\/duplicate-operation-id\/openapi\.yaml:21\)/],
  ['undeclared permission', 'undeclared-permission/openapi.yaml', 'undeclared-permission/openapi.yaml:16', /undeclared permission 'things\.write'/],
  ['undeclared permission in a path file', 'undeclared-permission-in-ref/openapi.yaml', 'undeclared-permission-in-ref/paths/things.yaml:3', /undeclared permission 'things\.delete'/],
  ['operation without any security requirement', 'operation-without-security/openapi.yaml', 'operation-without-security/openapi.yaml:18', /operation thingsCount: no security requirement: name the permission it needs \(`security: \[\{Key: \[<permission>\]\}\]`\), or write `security: \[\]` on the operation if it needs no key/],
  ['operation without a permission', 'missing-permission/openapi.yaml', 'missing-permission/openapi.yaml:14', /thingsList: no permission named/],
  ['path parameter not declared', 'path-param-undeclared/openapi.yaml', 'path-param-undeclared/openapi.yaml:14', /does not define the path parameter `\{thing_id\}`.*: declare it under `parameters` with `in: path` and `required: true`/],
  ['parameter listed twice, differently', 'duplicate-parameter/openapi.yaml', 'duplicate-parameter/openapi.yaml:19', /unique `name` \+ `in` parameters\. Repeats of `in:query` \+ `name:limit`/],
  ['path parameter not in the template', 'path-param-not-in-template/openapi.yaml', 'path-param-not-in-template/openapi.yaml:18', /`thing_id` is not used in the path/],
  ['invalid schema type', 'invalid-schema-type/openapi.yaml', 'invalid-schema-type/openapi.yaml:21', /`type` can be one of the following only/],
  ['OpenAPI 3.0\'s nullable in a 3.1 document, with --strict', 'nullable-in-3.1/openapi.yaml', 'nullable-in-3.1/openapi.yaml:22', /`nullable` is OpenAPI 3\.0; 3\.1 writes `type: \["string","null"\]`/, ['--strict']],
  ['$recursiveRef in a schema that an anchored one refers to', 'recursive-ref-elsewhere/openapi.yaml', 'recursive-ref-elsewhere/openapi.yaml:23', /`\$recursiveRef` is not expected here: .*only when written inside a schema with `\$recursiveAnchor: true`/],
  ['discriminator mapping into a missing file', 'mapping-missing-file/openapi.yaml', 'mapping-missing-file/openapi.yaml:23', /Can't resolve \$ref: ENOENT/],
  ['$recursiveRef outside a $recursiveAnchor schema', 'recursive-ref-no-anchor/openapi.yaml', 'recursive-ref-no-anchor/openapi.yaml:23', /`\$recursiveRef` is not expected here: .*OpenAPI uses `\$ref`/],
  ['empty file', 'empty-file/openapi.yaml', 'empty-file/openapi.yaml', /the file is empty/],
  ['not an OpenAPI file', 'not-openapi/openapi.yaml', 'not-openapi/openapi.yaml:1', /not an OpenAPI document: no `openapi` field/],
  ['scalar document', 'scalar-root/openapi.yaml', 'scalar-root/openapi.yaml:1', /not an OpenAPI document/],
  ['Swagger 2.0', 'swagger-2/openapi.yaml', 'swagger-2/openapi.yaml:1', /Swagger 2\.0 is not supported/],
  ['unsupported OpenAPI version', 'unsupported-version/openapi.yaml', 'unsupported-version/openapi.yaml:1', /unsupported OpenAPI version "4\.0\.0"/],
  ['undeclared security scheme', 'undeclared-scheme/openapi.yaml', 'undeclared-scheme/openapi.yaml:16', /undeclared scheme 'Other'/],
  ['invalid x-pagination', 'invalid-pagination/openapi.yaml', 'invalid-pagination/openapi.yaml:17', /x-pagination\.style must be page, offset or cursor/],
  ['missing file', 'no-such-case/openapi.yaml', 'no-such-case/openapi.yaml', /file not found/],
];

/** An output folder holding a previous generation, which a refused run must leave exactly as it was. */
function previousOutput(): string {
  const out = makeTempDir('broken-out');
  mkdirSync(join(out, 'src'), { recursive: true });
  writeFileSync(join(out, 'src/index.ts'), '// previous output\n');
  writeFileSync(join(out, 'package.json'), '{"name":"previous"}\n');
  return out;
}

describe('bad input is refused with file, line and problem', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(CASES)('%s', async (_name, spec, where, problem, flags = []) => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((text: unknown) => void errors.push(String(text)));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const out = previousOutput();
    const before = snapshotTree(out);
    const code = await runCli(['--spec', `${DIR}/${spec}`, '--out', out, ...flags]);
    expect(code).toBe(1);
    const lines = errors.join('\n').split('\n');
    const line = lines.find((l) => l.startsWith(`${DIR}/${where}: `));
    expect(line, errors.join('\n')).toBeDefined();
    expect(line).toMatch(problem);
    expect(snapshotTree(out)).toEqual(before);
  });

  it('exits with code 1 from the real command line (`npm run generate`\'s launcher), promptly', () => {
    const out = previousOutput();
    const before = snapshotTree(out);
    // The docs emitter starts a Redoc worker before the spec is loaded: it must not keep the process alive.
    const args = ['generator/src/launch.mjs', '--spec', `${DIR}/undeclared-permission/openapi.yaml`, '--out', out];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 50_000 });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${DIR}/undeclared-permission/openapi.yaml:16: operation thingsList: undeclared permission 'things.write'`);
    expect(snapshotTree(out)).toEqual(before);
  }, 60_000);
});
