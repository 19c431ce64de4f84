/**
 * npm needs a strict semver `version`, while an OpenAPI `info.version` is free text (`2026.11`, `v3`,
 * `2026.01.0`, `1.0-beta`). This maps one to the other deterministically so every regeneration of the same
 * spec yields the same package version.
 */

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** True when `text` is a valid semver 2.0 version (no leading `v`). */
export function isSemver(text: string): boolean {
  return SEMVER.test(text);
}

/**
 * Maps an `info.version` to semver: valid versions pass through; otherwise a leading `v` is dropped, one to
 * three leading numeric parts are padded to three (leading zeros removed: `2026.01` → `2026.1.0`), and any
 * remaining text becomes a sanitised prerelease (`1.0-beta 2` → `1.0.0-beta-2`). Text with no leading number
 * becomes `0.0.0-<text>`.
 */
export function toSemver(infoVersion: string): string {
  const text = infoVersion.trim().replace(/^v(?=\d)/i, '');
  if (isSemver(text)) return text;
  const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$/.exec(text);
  const core = match ? [match[1], match[2], match[3]].map((n) => String(Number(n ?? '0'))).join('.') : '0.0.0';
  const rest = match ? (match[4] ?? '') : text;
  const pre = rest
    .replace(/^[-.+_\s]+/, '')
    .replace(/[^0-9A-Za-z.]+/g, '-')
    .split('.')
    .map((part) => part.replace(/^-+|-+$/g, '').replace(/^0+(?=\d+$)/, ''))
    .filter((part) => part !== '')
    .join('.');
  return pre === '' ? core : `${core}-${pre}`;
}
