import { describe, expect, it } from 'vitest';
import { parseArgs, reaches } from './args.js';

describe('parseArgs', () => {
  it('takes two specs and the options', () => {
    expect(parseArgs(['a.yaml', 'b.yaml', '--json', '--changelog', 'CHANGELOG.md', '--fail-on', 'major'])).toEqual({
      oldSpec: 'a.yaml', newSpec: 'b.yaml', json: true, help: false, changelog: 'CHANGELOG.md', failOn: 'major',
    });
  });

  it('takes --record, and --initial only with --record and no old spec', () => {
    expect(parseArgs(['--base', 'v1', '--record', 'spec/changes.yaml'])).toMatchObject({ base: 'v1', record: 'spec/changes.yaml', newSpec: 'spec/openapi.yaml' });
    expect(parseArgs(['--initial', '--record', 'c.yaml'])).toMatchObject({ initial: true, record: 'c.yaml', newSpec: 'spec/openapi.yaml' });
    expect(() => parseArgs(['--initial'])).toThrow(/--record/);
    expect(() => parseArgs(['--initial', '--record', 'c.yaml', 'a.yaml', 'b.yaml'])).toThrow(/no old spec/);
  });

  it('defaults the new spec with --base', () => {
    expect(parseArgs(['--base', 'origin/main'])).toMatchObject({ base: 'origin/main', newSpec: 'spec/openapi.yaml' });
  });

  it.each([
    [['a.yaml'], /old and the new/],
    [['--base'], /needs a value/],
    [['a', 'b', '--fail-on', 'huge'], /major, minor or patch/],
    [['a', 'b', '--date', '22/11/2026'], /YYYY-MM-DD/],
    [['a', 'b', '--frobnicate'], /unknown option/],
    [['--base', 'HEAD', 'x', 'y'], /at most one/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('reaches', () => {
  it.each([
    ['major', 'minor', true],
    ['minor', 'minor', true],
    ['patch', 'minor', false],
    ['none', 'patch', false],
  ] as const)('%s reaches %s: %s', (bump, level, want) => {
    expect(reaches(bump, level)).toBe(want);
  });
});
