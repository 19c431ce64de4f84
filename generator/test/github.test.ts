import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import openapiTS, { astToString, stringToAST } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { withFirstNamedExamples } from '../src/emit/schema/first-example.js';
import { emitSchema, withNullableSafeHelpers } from '../src/emit/schema/index.js';
import { generate } from '../src/generate.js';
import { makeTempDir, snapshotTree } from './helpers/tree.js';
import { typeCheck } from './helpers/tsc.js';

const GITHUB = '/work/shared/fixtures/github-rest-api.json';

/**
 * Scale: GitHub's REST description (OpenAPI 3.0.3, 1,223 operations, no permission catalogue) goes through
 * the whole generator, and what it writes compiles with `tsc --strict`. Slow by nature (about a minute).
 */
describe('GitHub REST API (scale)', () => {
  it('generates every output and the TypeScript type-checks', async () => {
    const out = join(makeTempDir('github'), 'generated');
    const result = await generate({ specPath: GITHUB, outDir: out, regenerateCommand: 'npm run generate' });
    expect(result.model.operations).toHaveLength(1223);
    expect(result.model.permissions).toEqual([]);
    const tree = snapshotTree(out);
    expect(tree['src/permissions.gen.ts']).toContain('export const PERMISSIONS = [] as const;');
    expect(tree['src/permissions.gen.ts']).toContain("'repos/get': { method: 'get', path: '/repos/{owner}/{repo}', permissions: [], auth: 'none', tag: 'repos', deprecated: false },");
    const clientPaths = result.model.operations.map((o) => o.clientPath.join('.'));
    expect(new Set(clientPaths).size).toBe(clientPaths.length);
    const namespaces = new Set(clientPaths.flatMap((p) => p.split('.').slice(0, -1).map((_, i, all) => all.slice(0, i + 1).join('.'))));
    expect(clientPaths.filter((p) => namespaces.has(p))).toEqual([]);
    expect(result.model.operations.flatMap((o) => o.clientPath).filter((seg) => !/^[A-Za-z_$][\w$]*$/.test(seg))).toEqual([]);
    const { output, status } = typeCheck(out, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 240_000);

  it('types equal what openapi-typescript alone produces, with our two adjustments (first named examples, WithRequired)', async () => {
    const { loadSpec } = await import('../src/load/load-spec.js');
    const { buildModel } = await import('../src/model/build-model.js');
    const loaded = await loadSpec(GITHUB);
    const model = buildModel(loaded.bundled, loaded.sourceMap, GITHUB);
    const [file] = await emitSchema(model, { regenerateCommand: 'npm run generate' });
    const document = withFirstNamedExamples(JSON.parse(readFileSync(GITHUB, 'utf8')) as object);
    const reference = astToString(withNullableSafeHelpers(await openapiTS(document as never, { silent: true, defaultNonNullable: false }), { stringToAST }));
    expect(file?.contents.length).toBe(reference.length);
    expect(file?.contents === reference).toBe(true);
  }, 240_000);
});
