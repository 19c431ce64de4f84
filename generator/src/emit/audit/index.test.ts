import { describe, expect, it } from 'vitest';
import { sampleModel } from '../package/test/sample-model.js';
import { emitAudit, renderAuditApi, renderAuditBin, replacementNote } from './index.js';

describe('emitAudit', () => {
  it('copies the audit into src/audit/ with its two generated files, and nothing the client imports', async () => {
    const files = await emitAudit(sampleModel(), { regenerateCommand: 'npm run generate' });
    const paths = files.map((f) => f.path);
    expect(paths).toContain('src/audit/cli.ts');
    expect(paths).toContain('src/audit/visit.ts');
    expect(paths.filter((p) => p.endsWith('.gen.ts'))).toEqual(['src/audit/api.gen.ts', 'src/audit/bin.gen.ts']);
    expect(paths.every((p) => p.startsWith('src/audit/') && !p.endsWith('.test.ts'))).toBe(true);
  });

  it('tells the audit the package name, the names worth resolving and the deprecations', () => {
    const text = renderAuditApi(sampleModel());
    expect(text).toContain("packageName: 'braze-rest-client'");
    expect(text).toMatch(/functionNames: \[[^\]]*'createBrazeClient'[^\]]*'usersTrack'/);
    expect(text).toMatch(/memberNames: \[[^\]]*'track'[^\]]*'users'/);
    expect(text).toContain("import { OPERATIONS, PERMISSION_INFO } from '../permissions.gen.js';");
  });

  it('starts the bin with a #! line and sets the exit code without top-level await (the CJS build compiles it too)', () => {
    const text = renderAuditBin();
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(text).toContain('process.exitCode = code;');
    expect(text).not.toMatch(/^await /m);
  });

  it.each([
    ['The original name. Braze recommends `/email/blocklist` instead.', 'Braze recommends `/email/blocklist` instead.'],
    ['Old. News Feed is deprecated in favour of Content Cards.', 'News Feed is deprecated in favour of Content Cards.'],
    ['Nothing said.', ''],
  ])('replacementNote(%j)', (given, want) => expect(replacementNote(given)).toBe(want));
});
