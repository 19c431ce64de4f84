/**
 * Robustness at scale: GitHub's REST description (1,223 operations, OpenAPI 3.0, no permission catalogue,
 * renamed inputs, non-JSON bodies) must emit and type-check with `tsc --strict`. Emit time is a benchmark
 * concern; this only proves the output is valid for a spec we did not write.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage, modelOf, typeCheck } from './test/emit-package.js';

let dir: string;
beforeAll(async () => {
  dir = await emitPackage(await modelOf('/work/shared/fixtures/github-rest-api.json'));
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('GitHub REST API', () => {
  it('emits a function per operation and type-checks strictly', async () => {
    const ops = readFileSync(join(dir, 'src/operations.gen.ts'), 'utf8');
    expect(ops.match(/^export function /gm)?.length).toBeGreaterThanOrEqual(1223);
    expect(readFileSync(join(dir, 'src/client.gen.ts'), 'utf8')).toContain('readonly repos: ReposApi<P>;');
    expect(await typeCheck(dir)).toBe('');
  }, 240_000);
});
