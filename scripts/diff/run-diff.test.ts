import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelAtRef } from './load.js';
import { runDiff } from './run-diff.js';

const FIXTURES = resolve('scripts/diff/fixtures/permissions');

describe('runDiff', () => {
  let repo = '';

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'spec-diff-test-'));
    mkdirSync(join(repo, 'spec'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    copyFileSync(join(FIXTURES, 'old.yaml'), join(repo, 'spec', 'openapi.yaml'));
    git('add', 'spec');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'old');
    copyFileSync(join(FIXTURES, 'new.yaml'), join(repo, 'spec', 'openapi.yaml'));
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('reads the old side from a git ref', async () => {
    const model = await loadModelAtRef('HEAD', 'spec/openapi.yaml', repo);
    expect(model.version).toBe('1.4.2');
    expect(model.specPath).toBe('HEAD:spec/openapi.yaml');
    expect(model.operations.map((o) => o.operationId)).toContain('feedList');
  });

  it('prints JSON, writes the CHANGELOG and fails on the requested level', async () => {
    const changelog = join(repo, 'CHANGELOG.md');
    const run = await runDiff({
      oldSpec: join(FIXTURES, 'old.yaml'), newSpec: join(FIXTURES, 'new.yaml'), json: true, help: false,
      changelog, date: '2026-11-22', failOn: 'major',
    });
    expect(JSON.parse(run.output)).toMatchObject({ bump: 'major', proposedVersion: '2.0.0' });
    expect(run.exitCode).toBe(2);
    const text = readFileSync(changelog, 'utf8');
    expect(text.startsWith('# Changelog\n\n## 2.0.0 (2026-11-22)\n')).toBe(true);
    expect(text).toContain('- **POST /users/track** (permission): needs `users.track.v2`');
  });
});
