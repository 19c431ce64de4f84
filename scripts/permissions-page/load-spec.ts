import { bundle, createConfig } from '@redocly/openapi-core';
import type { PageListing, SpecPermission, SpecPermissions } from './types.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the permission catalogue and the operations that require each permission from an already
 * dereferenced OpenAPI document. Catalogue schemes are the security schemes with `x-permissions`; an
 * operation without `security` takes the root's.
 */
export function readSpecPermissions(document: Json): SpecPermissions {
  const permissions = new Map<string, SpecPermission>();
  const components = isObject(document.components) ? document.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const catalogueSchemes = new Set<string>();
  for (const [schemeName, scheme] of Object.entries(schemes)) {
    if (!isObject(scheme) || !isObject(scheme['x-permissions'])) continue;
    catalogueSchemes.add(schemeName);
    for (const [name, raw] of Object.entries(scheme['x-permissions'])) {
      const entry = isObject(raw) ? raw : {};
      const permission: SpecPermission = {
        name,
        group: typeof entry.group === 'string' ? entry.group : '',
        description: typeof entry.description === 'string' ? entry.description : '',
        deprecated: entry.deprecated === true,
        noEndpoint: entry.noEndpoint === true,
        operations: [],
      };
      if (entry.pageListing === 'absent' || entry.pageListing === 'recent') {
        permission.pageListing = entry.pageListing as PageListing;
      }
      if (typeof entry.note === 'string') permission.note = entry.note;
      permissions.set(name, permission);
    }
  }
  let operationCount = 0;
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      operationCount++;
      const security = operation.security ?? document.security;
      for (const requirement of Array.isArray(security) ? security : []) {
        if (!isObject(requirement)) continue;
        for (const [scheme, scopes] of Object.entries(requirement)) {
          if (!catalogueSchemes.has(scheme) || !Array.isArray(scopes)) continue;
          for (const scope of scopes) {
            permissions.get(String(scope))?.operations.push({ method: method.toUpperCase(), path });
          }
        }
      }
    }
  }
  return { permissions, operationCount };
}

/**
 * Bundles the spec at `ref` (following every `$ref`, as `redocly bundle` does) and reads its permissions.
 * Throws when the spec cannot be read.
 */
export async function loadSpecPermissions(ref: string): Promise<SpecPermissions> {
  const config = await createConfig({ extends: [] });
  const result = await bundle({ ref, config, dereference: true });
  const parsed: unknown = result.bundle.parsed;
  if (!isObject(parsed)) throw new Error(`${ref} is not an OpenAPI document`);
  return readSpecPermissions(parsed);
}
