import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { makeTempDir } from '../test/helpers/tree.js';
import type { AuditApi } from './api.js';
import { parseAuditArgs } from './args.js';
import { runAudit, runCli } from './cli.js';
import type { AuditReport } from './report.js';

const GITHUB = '/work/shared/fixtures/github-rest-api.json';

/**
 * The audit is not Braze's: a package generated from GitHub's description (1,223 operations, no security
 * schemes, so every operation needs no particular permission) audits an app that uses it, by the same tags.
 * One generation per run (slow by nature).
 */
let api: AuditApi;
let report: AuditReport;
let app: string;
beforeAll(async () => {
  const root = makeTempDir('audit-github');
  const out = join(root, 'generated');
  const result = await generate({ specPath: GITHUB, outDir: out, regenerateCommand: 'npm run generate' });
  api = ((await import(join(out, 'src/audit/api.gen.ts'))) as { API: AuditApi }).API;
  app = join(root, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [], paths: { [result.model.packageName]: [join(out, 'src/index.ts')] } },
    include: ['src'],
  }));
  writeFileSync(join(app, 'package.json'), '{ "type": "module" }');
  // The app's own TypeScript, as a user's project has it.
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(join(process.cwd(), 'node_modules/typescript'), join(app, 'node_modules/typescript'));
  writeFileSync(join(app, 'src/app.ts'), [
    `import { createBrazeClient, createClient, reposGet as getRepo } from '${result.model.packageName}';`,
    "const gh = createBrazeClient({ baseUrl: 'https://api.github.com' });",
    "export async function run(area: 'issues' | 'pulls', name: string): Promise<void> {",
    "  await gh.repos.get({ owner: 'o', repo: 'r' });",
    "  await getRepo(createClient({ baseUrl: 'https://api.github.com' }), { owner: 'o', repo: 'r' });",
    "  await gh.repos[area].list({ owner: 'o', repo: 'r' });",
    '  const fake = { repos: { get: () => 1 } };',
    '  fake.repos.get();',
    '  // @ts-expect-error: no index signature',
    '  await gh.repos[name]();',
    '}',
    '',
  ].join('\n'));
  report = runAudit(api, parseAuditArgs(['audit']), app);
}, 600_000);

describe('a package generated from GitHub\'s description', () => {
  it('resolves its facade, standalone functions and unions of keys by the same tags', () => {
    expect(api.packageName).not.toBe('braze-rest-client');
    expect(report.noPermission).toEqual([
      { operation: 'issues/list-for-repo', callSites: [{ file: 'src/app.ts', line: 6, column: 9 }] },
      { operation: 'pulls/list', callSites: [{ file: 'src/app.ts', line: 6, column: 9 }] },
      { operation: 'repos/get', callSites: [{ file: 'src/app.ts', line: 4, column: 9 }, { file: 'src/app.ts', line: 5, column: 9 }] },
    ]);
    expect(report.permissions).toEqual([]);
  });

  it('reports what it cannot resolve, and refuses a key naming a permission GitHub\'s description does not have', async () => {
    expect(report.unresolved.map((f) => [f.line, f.column, f.code])).toEqual([[10, 18, 'dynamic-access']]);
    let err = '';
    const code = await runCli(api, ['audit', '--key', 'repo'], { cwd: app, stdout: () => {}, stderr: (t) => void (err += t) });
    expect(code).toBe(2);
    expect(err).toContain('`repo` is not a permission of');
  });
});
