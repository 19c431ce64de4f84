/**
 * Links into Redoc's page. Redoc 3 routes with the URL hash: a tag's page is `#/<tag slug>` and an operation
 * `#/<tag slug>/<operationId, lowercased>`. The browser test follows every link the matrix prints, so a
 * change in Redoc's slugs fails the test instead of leaving dead links.
 */
import type { OperationModel } from '../../model/types.js';

/** Redoc's slug of a tag name: lowercase, runs of anything but letters and digits become one `-`. */
export function tagSlug(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/&/g, '-and-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The hash that opens an operation in Redoc, e.g. `#/users/userstrack`. */
export function operationHref(op: Pick<OperationModel, 'tag' | 'operationId'>): string {
  return `#/${tagSlug(op.tag)}/${op.operationId.toLowerCase()}`;
}
