/**
 * The lines put at the top of every operation's description in the docs: the permission it needs, its rate
 * limit and its state (deprecated, early access). They sit in the description (Markdown), not in a collapsed
 * panel, so the reader sees them without expanding anything.
 */
import type { ApiModel, OperationModel } from '../../model/types.js';

/** How an operation authenticates, as one Markdown sentence. */
export function permissionLine(op: OperationModel, model: ApiModel): string {
  if (op.permissions.length === 1) return `**Requires permission \`${op.permissions[0]}\`**`;
  if (op.permissions.length > 1) {
    return `**Requires permissions ${op.permissions.map((p) => `\`${p}\``).join(', ')}**`;
  }
  if (op.security.length === 0) return '**No authentication**';
  const catalogued = new Set(model.securitySchemes.filter((s) => s.hasCatalogue).map((s) => s.name));
  // Scopes of a scheme outside the catalogue (a client-side key's own permissions) are shown beside it.
  const named = (scheme: string, scopes: string[]) => `\`${scheme}\`${scopes.length > 0 ? ` with ${scopes.map((x) => `\`${x}\``).join(', ')}` : ''}`;
  const options = op.security.map((req) => Object.entries(req.schemes).map(([s, scopes]) => named(s, scopes)).join(' + '));
  const usesCatalogue = op.security.some((req) => Object.keys(req.schemes).some((s) => catalogued.has(s)));
  const suffix = usesCatalogue ? '' : ' (another credential: no API-key permission applies)';
  return `**Requires ${options.join(' or ')}**${suffix}`;
}

/** The rate limit, as one Markdown sentence; the API-wide default (`model.defaultRateLimit`) when it has none of its own. */
export function rateLimitLine(op: OperationModel, defaultRateLimit: string | undefined): string | undefined {
  if (!op.rateLimit) return defaultRateLimit && `Rate limit: ${defaultRateLimit} (the default, shared by every endpoint without a limit of its own).`;
  // Without a fixed limit the summary already quotes the note.
  const note = op.rateLimit.note && op.rateLimit.limit !== undefined ? ` ${op.rateLimit.note}` : '';
  return `Rate limit: **${op.rateLimit.summary}**.${note}`;
}

/** The state badges in words: deprecated, early access. Empty when neither applies. */
export function stateLine(op: OperationModel): string | undefined {
  const states: string[] = [];
  if (op.deprecated) states.push('**Deprecated**: do not use in new code.');
  if (op.earlyAccess) states.push('**Early access**: the endpoint may change or need enabling by Braze.');
  return states.length > 0 ? states.join(' ') : undefined;
}

/**
 * The operation's description for the docs: the permission, rate-limit and state lines as a quote block, then
 * the spec's own description unchanged.
 */
export function decoratedDescription(op: OperationModel, model: ApiModel): string {
  const lines = [permissionLine(op, model), rateLimitLine(op, model.defaultRateLimit), stateLine(op)].filter((l): l is string => !!l);
  const block = lines.map((l) => `> ${l}`).join('\n>\n');
  return op.description ? `${block}\n\n${op.description}` : block;
}

/**
 * `x-badges` for Redoc's operation header and menu: early access, and another credential than the permission-scoped
 * one (`auth: 'other'`, its schemes named in the permission line). Redoc badges `deprecated` itself, and
 * capitalises badge text, which would misspell permission names: the permission opens the description. No
 * colour: Redoc paints a badge's colour behind its theme's text colour, dark in the light theme and light in the
 * dark one, so any fixed colour fails contrast (WCAG AA) in one of them; its default tag colours pass in both.
 */
export function operationBadges(op: OperationModel): { name: string }[] {
  const badges: { name: string }[] = [];
  if (op.earlyAccess) badges.push({ name: 'Early access' });
  if (op.auth === 'other') badges.push({ name: 'Other credential' });
  return badges;
}
