/**
 * The JSDoc of an operation, shared by its standalone function and its facade method: what it does, the
 * permission a key needs for it, its rate limit and Braze's page, so an editor hover answers the questions
 * users otherwise search the docs for. Text is escaped by `toJsDocText` (a `*​/` in a description cannot end
 * the comment).
 */
import { toJsDocText } from '../shared/js-doc.js';
import type { OperationModel } from '../../model/types.js';

function permissionLine(op: OperationModel, hasCatalogue: boolean): string | undefined {
  if (op.permissions.length === 1) return `Permission: \`${op.permissions[0]}\`.`;
  if (op.permissions.length > 1) return `Permissions (all required): ${op.permissions.map((p) => `\`${p}\``).join(', ')}.`;
  if (!hasCatalogue) return undefined;
  if (op.auth === 'permissions') return 'Permission: none in particular (any key of this API works).';
  const credential = otherCredentialScopes(op);
  return credential ? `Credential: ${credential} (not a REST API key permission).`
    : 'Permission: none (not authorised by a REST API key permission).';
}

/**
 * The scopes an operation names on schemes outside the catalogue (Braze's client-side key holds `banners.sync`),
 * as `` `Scheme` with `scope` ``; `undefined` when it names none. They are that credential's own permissions, so
 * they are shown, never counted as API-key permissions.
 */
function otherCredentialScopes(op: OperationModel): string | undefined {
  const named = op.security.flatMap((req) => Object.entries(req.schemes).filter(([, scopes]) => scopes.length > 0));
  if (named.length === 0) return undefined;
  return named.map(([scheme, scopes]) => `\`${scheme}\` with ${scopes.map((x) => `\`${x}\``).join(', ')}`).join(' or ');
}

/** JSDoc text for `op`; `variant: 'all'` describes the iterator over every item, `'pages'` the one over every page. */
export function operationDocs(op: OperationModel, hasCatalogue: boolean, variant: 'call' | 'all' | 'pages' = 'call'): string {
  const title = op.summary ?? `${op.method.toUpperCase()} ${op.path}`;
  const sections = [
    variant === 'all' ? `${title}: iterates every item of every page (\`for await\`).`
      : variant === 'pages' ? `${title}: iterates every page, one response body each (\`for await\`).` : title,
    variant === 'call' ? op.description : undefined,
    [
      `\`${op.method.toUpperCase()} ${op.path}\``,
      permissionLine(op, hasCatalogue),
      op.rateLimit ? `Rate limit: ${op.rateLimit.summary.replace(/\.$/, '')}.` : undefined,
      op.earlyAccess ? 'Early access: the endpoint may change.' : undefined,
    ].filter((l) => l !== undefined).join('\n'),
    op.docsUrl ? `@see ${op.docsUrl}` : undefined,
    op.deprecated ? '@deprecated The API marks this operation as deprecated.' : undefined,
  ];
  return toJsDocText([sections.filter((s) => s !== undefined && s.trim() !== '').join('\n\n')]);
}
