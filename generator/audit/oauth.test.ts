import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { makeTempDir } from '../test/helpers/tree.js';
import type { AuditApi } from './api.js';
import { runCli } from './cli.js';

const QUIRKS = join(process.cwd(), 'generator/test/fixtures/quirks/openapi.yaml');

/**
 * An API whose permissions are OAuth2 scopes (the quirks fixture: `things.write`, and `things:admin`, which
 * the flows do not declare): the audit lists the scopes the code needs and compares them with a token's.
 */
let api: AuditApi;
let app: string;
beforeAll(async () => {
  const root = makeTempDir('audit-oauth');
  const out = join(root, 'generated');
  const result = await generate({ specPath: QUIRKS, outDir: out, regenerateCommand: 'npm run generate' });
  api = ((await import(join(out, 'src/audit/api.gen.ts'))) as { API: AuditApi }).API;
  app = join(root, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(join(process.cwd(), 'node_modules/typescript'), join(app, 'node_modules/typescript'));
  writeFileSync(join(app, 'package.json'), '{ "type": "module" }');
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [], paths: { [result.model.packageName]: [join(out, 'src/index.ts')] } },
    include: ['src'],
  }));
  writeFileSync(join(app, 'src/app.ts'), [
    `import { createClient, thingsDelete } from '${result.model.packageName}';`,
    "export const run = () => thingsDelete(createClient({ baseUrl: 'https://api.example.com' }), { id: 't' });",
    '',
  ].join('\n'));
}, 300_000);

describe('an API whose permissions are OAuth2 scopes', () => {
  it('lists the scope a call needs and compares it with a token\'s scopes', async () => {
    expect(api.permissions).toEqual(expect.arrayContaining(['things.read', 'things.write', 'things:admin']));
    let out = '';
    const code = await runCli(api, ['audit', '--format', 'json', '--key', 'things.read'], { cwd: app, stdout: (t) => void (out += t), stderr: () => {} });
    const report = JSON.parse(out) as { permissions: { permission: string; operations: string[] }[]; key: unknown };
    expect(report.permissions.map((p) => [p.permission, p.operations])).toEqual([['things:admin', ['thingsDelete']]]);
    expect(report.key).toEqual({ missing: ['things:admin'], excess: ['things.read'], compared: true });
    expect(code).toBe(1);
  });
});
