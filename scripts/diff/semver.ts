/** The little semver arithmetic the diff needs: bump a version, compare two (prereleases ignored). */
import type { Severity } from './types.js';

function parts(version: string): [number, number, number] {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
}

/** `1.2.3` bumped by `minor` is `1.3.0`; `none` returns the version's core unchanged. */
export function bumpVersion(version: string, level: Severity | 'none'): string {
  const [major, minor, patch] = parts(version);
  if (level === 'major') return `${major + 1}.0.0`;
  if (level === 'minor') return `${major}.${minor + 1}.0`;
  if (level === 'patch') return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor}.${patch}`;
}

/** Negative, zero or positive as `a` is lower than, equal to or higher than `b` (major.minor.patch only). */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
}
