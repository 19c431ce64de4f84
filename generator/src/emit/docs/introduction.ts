/**
 * The introduction Redoc shows on its first page (`info.description`): the prose of
 * `templates/docs/introduction.md` with its `<!-- name -->` markers replaced by tables built from the model
 * (security schemes, instances, per-endpoint rate limits, error statuses), so the tables follow the spec.
 */
import type { ApiModel } from '../../model/types.js';
import { operationHref } from './anchors.js';

/** Escapes text for a Markdown table cell (pipes and line breaks would break the row). */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/** Security schemes: name, how it is sent, description. */
export function securitySchemesTable(model: ApiModel): string {
  const rows = model.securitySchemes.map((s) => {
    const how = s.type === 'http' ? `HTTP ${s.scheme ?? ''}`.trim() : s.type === 'apiKey' ? `\`${s.paramName ?? ''}\` ${s.in ?? ''}` : s.type;
    return [`\`${s.name}\``, how, s.description ?? ''];
  });
  return table(['Scheme', 'Sent as', 'Description'], rows);
}

/** Instances: name and REST base URL. */
export function instancesTable(model: ApiModel): string {
  if (model.instances.length === 0) return '';
  return table(['Instance', 'REST endpoint'], model.instances.map((i) => [`\`${i.name}\``, `\`${i.baseUrl}\``]));
}

/**
 * Operations with a rate limit of their own, in path order, linked to their section: a list, since two long
 * columns do not fit Redoc's text column.
 */
export function rateLimitsTable(model: ApiModel): string {
  const limited = model.operations.filter((o) => o.rateLimit).sort((a, b) => a.path.localeCompare(b.path, 'en') || a.method.localeCompare(b.method, 'en'));
  return limited.map((o) => `- [${o.method.toUpperCase()} ${o.path}](${operationHref(o)}): ${cell(o.rateLimit?.summary ?? '')}`).join('\n');
}

/**
 * Error statuses (4XX, 5XX and `default`) declared by the operations, each with the description most
 * operations give it (ties: the alphabetically first), in status order.
 */
export function errorsTable(model: ApiModel): string {
  const counts = new Map<string, Map<string, number>>();
  for (const op of model.operations) {
    for (const r of op.responses) {
      if (!/^[45]|^default$/.test(r.status)) continue;
      const byText = counts.get(r.status) ?? new Map<string, number>();
      byText.set(r.description, (byText.get(r.description) ?? 0) + 1);
      counts.set(r.status, byText);
    }
  }
  const rows = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([status, byText]) => {
      const [text] = [...byText.entries()].sort(([ta, na], [tb, nb]) => nb - na || ta.localeCompare(tb, 'en'))[0] ?? [''];
      return [`\`${status}\``, text];
    });
  return table(['Status', 'Meaning'], rows);
}

/**
 * The introduction of an API whose keys are not permission-scoped the way `templates/docs/introduction.md`
 * describes (that prose is Braze's: keys, instances, its rate limits and errors). It keeps to what the spec
 * states: how to authenticate, the endpoints with their own rate limits, and the error statuses.
 */
export function genericIntroduction(model: ApiModel): string {
  return [
    'Every operation below starts with the permission (scope) it needs, when the API declares them, its rate limit when it has one, and whether it is deprecated, and shows a TypeScript sample calling the generated client.',
    '## Authentication', '<!-- security-schemes -->',
    ...(model.operations.some((o) => o.rateLimit) ? ['## Rate limits', '<!-- rate-limits -->'] : []),
    '## Errors', '<!-- errors -->',
  ].join('\n\n');
}

/** True when the spec has a permission-scoped API key (`x-permissions`), the case the template's prose describes. */
export function hasPermissionScopedKey(model: ApiModel): boolean {
  return model.securitySchemes.some((s) => s.hasCatalogue && !s.scopesOptional);
}

/** Fills the introduction template's markers; an unknown marker is an error (a typo would print nothing). */
export function renderIntroduction(template: string, model: ApiModel): string {
  const parts: Record<string, () => string> = {
    'security-schemes': () => securitySchemesTable(model),
    instances: () => instancesTable(model),
    'rate-limits': () => rateLimitsTable(model),
    errors: () => errorsTable(model),
    'default-rate-limit': () => model.defaultRateLimit ?? 'none stated',
  };
  return template.replace(/<!--\s*([a-z-]+)\s*-->/g, (_, name: string) => {
    const part = parts[name];
    if (!part) throw new Error(`templates/docs/introduction.md: unknown marker <!-- ${name} -->`);
    return part();
  });
}
