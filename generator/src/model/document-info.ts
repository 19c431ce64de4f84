import { compareStrings, isObject, str, type Json } from './refs.js';
import type { InstanceModel, SecuritySchemeModel, ServerModel, TagGroupModel, TagModel } from './types.js';

/** `servers` in model form (variables kept as declared). */
export function buildServers(doc: Json): ServerModel[] {
  if (!Array.isArray(doc.servers)) return [];
  return doc.servers.filter(isObject).map((s) => {
    const variables: ServerModel['variables'] = {};
    for (const [name, v] of Object.entries(isObject(s.variables) ? s.variables : {})) {
      if (!isObject(v)) continue;
      const variable: ServerModel['variables'][string] = { default: String(v.default ?? '') };
      if (Array.isArray(v.enum)) variable.enum = v.enum.map(String);
      if (typeof v.description === 'string') variable.description = v.description;
      variables[name] = variable;
    }
    const server: ServerModel = { url: String(s.url ?? '/'), variables };
    if (typeof s.description === 'string') server.description = s.description;
    return server;
  });
}

/** `x-instances` (name → host or URL) in declaration order; hosts get `https://`. */
export function buildInstances(doc: Json): InstanceModel[] {
  if (!isObject(doc['x-instances'])) return [];
  return Object.entries(doc['x-instances'])
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([name, host]) => ({ name, baseUrl: /^[a-z]+:\/\//i.test(host) ? host.replace(/\/+$/, '') : `https://${host}` }));
}

/** An npm package name: lowercase, URL-safe, optionally scoped. */
const NPM_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/**
 * The generated package's npm name: `info.x-package-name` when it is a valid one, else the title made into
 * one with `-client` appended (`GitHub v3 REST API` → `github-v3-rest-api-client`).
 */
export function buildPackageName(info: Json): string {
  const declared = str(info['x-package-name']);
  if (declared !== undefined && NPM_NAME.test(declared) && declared.length <= 214) return declared;
  const slug = (str(info.title) ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 200) || 'api';
  return /(^|-)client$/.test(slug) ? slug : `${slug}-client`;
}

/** The security schemes, sorted by name; `hasCatalogue` when they declare permissions. */
export function buildSecuritySchemes(doc: Json): SecuritySchemeModel[] {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  return Object.keys(schemes)
    .sort(compareStrings)
    .flatMap((name) => {
      const s = schemes[name];
      if (!isObject(s)) return [];
      const model: SecuritySchemeModel = { name, type: s.type as SecuritySchemeModel['type'], hasCatalogue: hasCatalogue(s) };
      if (model.hasCatalogue && !isObject(s['x-permissions'])) model.scopesOptional = true;
      if (typeof s.scheme === 'string') model.scheme = s.scheme;
      if (s.in === 'header' || s.in === 'query' || s.in === 'cookie') model.in = s.in;
      if (typeof s.name === 'string') model.paramName = s.name;
      if (typeof s.description === 'string') model.description = s.description;
      return [model];
    });
}

/** A scheme is a catalogue when it has `x-permissions`, or OAuth2 flows with at least one scope. */
export function hasCatalogue(scheme: Json): boolean {
  if (isObject(scheme['x-permissions'])) return true;
  if (scheme.type !== 'oauth2' || !isObject(scheme.flows)) return false;
  return Object.values(scheme.flows).some((f) => isObject(f) && isObject(f.scopes) && Object.keys(f.scopes).length > 0);
}

/** Declared tags in order, then tags only used by operations, sorted. */
export function buildTags(doc: Json, usedTags: string[]): TagModel[] {
  const declared = Array.isArray(doc.tags) ? doc.tags.filter(isObject) : [];
  const tags: TagModel[] = declared.flatMap((t) => {
    const name = str(t.name);
    if (name === undefined) return [];
    return [typeof t.description === 'string' ? { name, description: t.description } : { name }];
  });
  const known = new Set(tags.map((t) => t.name));
  for (const name of [...new Set(usedTags)].sort(compareStrings)) if (!known.has(name)) tags.push({ name });
  return tags;
}

/** `x-tagGroups` as declared, or one group per tag. */
export function buildTagGroups(doc: Json, tags: TagModel[]): TagGroupModel[] {
  const raw = doc['x-tagGroups'];
  if (!Array.isArray(raw)) return tags.map((t) => ({ name: t.name, tags: [t.name] }));
  return raw.filter(isObject).map((g) => ({
    name: String(g.name ?? ''),
    tags: Array.isArray(g.tags) ? g.tags.filter((t): t is string => typeof t === 'string') : [],
  }));
}
