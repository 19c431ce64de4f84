/**
 * The key to compare with: `--key a,b` or `--key-file` (one permission a line, `#` comments, or a JSON
 * array). A name the API does not have is a usage error naming the closest valid one: a typo in a key's
 * permission list would otherwise show up as one permission missing and another in excess.
 */
import { closestName, type AuditApi } from './api.js';
import { AuditUsageError } from './load-program.js';

/** The permissions listed in a key file's text. */
export function parseKeyFile(text: string, fileName: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (e) {
      throw new AuditUsageError(`${fileName}: not valid JSON (${(e as Error).message})`);
    }
    if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === 'string')) throw new AuditUsageError(`${fileName}: expected a JSON array of permission names`);
    return parsed;
  }
  return text.split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim()).filter((l) => l !== '');
}

/** Checks every name against the API's permissions; `where` says where the list came from. */
export function checkPermissionNames(names: readonly string[], api: AuditApi, where: string): string[] {
  for (const name of names) {
    if (!api.permissions.includes(name)) {
      const closest = closestName(name, api.permissions);
      throw new AuditUsageError(`${where}: \`${name}\` is not a permission of ${api.packageName}${closest ? `; did you mean \`${closest}\`?` : ''}`);
    }
  }
  return [...new Set(names)].sort();
}

/** What a key lacks for the code (`missing`, a 403 at run time) and what it holds that nothing uses (`excess`). */
export function compareKey(held: readonly string[], needed: readonly string[]): { missing: string[]; excess: string[] } {
  return {
    missing: needed.filter((p) => !held.includes(p)).sort(),
    excess: held.filter((p) => !needed.includes(p)).sort(),
  };
}
