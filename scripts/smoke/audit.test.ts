/**
 * Smoke test of the permission audit as users run it: the packed package installed in a fresh project, its
 * `bin` run from `node_modules/.bin` (as `npx <package> audit` runs it), first without TypeScript (a clear
 * error, exit 2), then with the project's own TypeScript, on an ESM TypeScript file and a CommonJS file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './consumer-project.js';
import { buildAndPack, lintTarball } from './pack.js';
import { NPM, run, runOk } from './run.js';

const PACKAGE_DIR = resolve(REPO_ROOT, process.env.SMOKE_PACKAGE_DIR ?? 'generated');
const SLOW = 300_000;

describe('the packed package\'s audit command', () => {
  let work = '';
  let app = '';
  let tarball = '';
  let bin = '';
  let name = '';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'braze-audit-smoke-'));
    tarball = await buildAndPack(PACKAGE_DIR, work);
    name = (JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { name: string }).name;
    app = join(work, 'app');
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(join(app, 'package.json'), '{ "name": "audit-consumer", "private": true, "type": "module" }\n');
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, allowJs: true, noEmit: true, skipLibCheck: true, types: [] },
      include: ['src'],
    }));
    writeFileSync(join(app, 'src/app.ts'), [
      `import { createBrazeClient, usersIdentify as identify, createClient, Permissions } from '${name}';`,
      "const braze = createBrazeClient({ apiKey: 'k', instance: 'US-01', permissions: ['users.track', 'canvas.list'] as const });",
      'export async function main(area: \'segments\' | \'campaigns\', key: string): Promise<void> {',
      '  await braze.users.track({ attributes: [] });',
      "  await identify(createClient({ apiKey: 'k', instance: 'US-01' }), {});",
      "  const admin = createBrazeClient({ apiKey: 'k', instance: 'US-01' });",
      '  await admin[area].list();',
      '  // @ts-expect-error: an untyped key',
      '  await admin.users[key]();',
      '}',
      "const perms = [Permissions.USERS_TRACK] as const;",
      "const narrow = createBrazeClient({ apiKey: 'k', instance: 'US-01', permissions: perms });",
      'export async function lacks(): Promise<void> {',
      '  // @ts-expect-error: MissingPermission<"catalogs.get">',
      '  await narrow.catalogs.list();',
      '  await narrow.users.track({ attributes: [] });',
      '}',
      '',
    ].join('\n'));
    writeFileSync(join(app, 'src/legacy.cjs'), `const { createBrazeClient } = require('${name}');\nconst b = createBrazeClient({ apiKey: 'k', instance: 'US-01' });\nb.catalogs.list();\n`);
    await runOk(NPM, ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], app);
    bin = join(app, 'node_modules', '.bin', name.replace(/^@[^/]*\//, ''));
  }, SLOW);

  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it('ships the bin without publint messages', async () => {
    expect(await lintTarball(tarball)).toEqual([]);
  });

  it('prints the usage for no arguments (exit 2) and the package version for --version', async () => {
    const bare = await run(bin, [], app);
    expect([bare.code, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toContain(`Usage: npx ${name.replace(/^@[^/]*\//, '')} audit [options]`);
    const version = (JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }).version;
    expect(await run(bin, ['--version'], app)).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('says how to install TypeScript when the project has none (exit 2)', async () => {
    const r = await run(bin, ['audit'], app);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/TypeScript is not installed in .*npm install --save-dev typescript/);
  });

  it('audits the project with its own TypeScript: permissions, unresolved places, key comparison (exit 1)', async () => {
    symlinkSync(join(REPO_ROOT, 'node_modules', 'typescript'), join(app, 'node_modules', 'typescript'));
    const r = await run(bin, ['audit', '--format', 'json', '--key', 'users.track,users.identify,segments.list,campaigns.list,catalogs.get,email.status'], app);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { leastPrivilege: string[]; unresolved: { file: string; line: number; code: string }[]; key: unknown; clients: { file: string; excess: string[]; missing: string[] }[] };
    expect(report.leastPrivilege).toEqual(['campaigns.list', 'catalogs.get', 'segments.list', 'users.identify', 'users.track']);
    expect(report.unresolved.map((f) => [f.file, f.line, f.code])).toEqual([['src/app.ts', 9, 'dynamic-access']]);
    expect(report.key).toEqual({ missing: [], excess: ['email.status'], compared: true });
    expect(report.clients.filter((c) => c.excess.length > 0)).toEqual([expect.objectContaining({ file: 'src/app.ts', excess: ['canvas.list'] })]);
    // A client declared with a const variable of Permissions constants: its missing permission is found.
    expect(report.clients.filter((c) => c.missing.length > 0)).toEqual([expect.objectContaining({ file: 'src/app.ts', line: 12, declared: ['users.track'], missing: ['catalogs.get'] })]);
    const table = await run(bin, ['audit', '--fail-on', 'missing'], app);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('missing (the client refuses the call: BrazePermissionError): catalogs.get');
    const listed = await run(bin, ['audit', '--fail-on', 'excess,unresolved'], app);
    expect(listed.stdout).toContain('Least privilege (5): campaigns.list, catalogs.get, segments.list, users.identify, users.track');
    expect(listed.code).toBe(1);
    expect((await run(bin, ['audit', '--fail-on', 'none'], app)).code).toBe(0);
  }, SLOW);
});
