import { editDistance } from './edit-distance.js';

/**
 * The comparable form of an endpoint path: trimmed, no trailing slash, every `{parameter}` written `{}`
 * (the page spells `{preferenceCenterExternalId}` where the spec has `{preferenceCenterExternalID}`).
 */
export function normalizePath(path: string): string {
  const trimmed = path.trim().replace(/\s+/g, '');
  const withoutSlash = trimmed.length > 1 ? trimmed.replace(/\/+$/, '') : trimmed;
  return withoutSlash.replace(/\{[^}]*\}/g, '{}');
}

/** How a page path relates to the spec's paths for the same permission. */
export type PathMatch =
  | { kind: 'same'; specPath: string }
  | { kind: 'typo'; specPath: string }
  | { kind: 'none' };

/**
 * Matches one page path against the spec's paths of the same permission: equal after normalising, or an
 * obvious typo (at most two edits, e.g. `/content_blocks_update` for `/content_blocks/update`).
 */
export function matchPath(pagePath: string, specPaths: string[]): PathMatch {
  const page = normalizePath(pagePath);
  const same = specPaths.find((specPath) => normalizePath(specPath) === page);
  if (same !== undefined) return { kind: 'same', specPath: same };
  const typo = specPaths.find((specPath) => editDistance(normalizePath(specPath), page) <= 2);
  if (typo !== undefined) return { kind: 'typo', specPath: typo };
  return { kind: 'none' };
}
