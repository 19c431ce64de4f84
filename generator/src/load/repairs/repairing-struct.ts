import type { Oas3Rule, Plugin, UserContext } from '@redocly/openapi-core';
import { repairObject } from './objects.js';
import { isObject, warn, type Quiet } from './report.js';
import { repairNullable, repairSchema, type Anchors } from './schema.js';

/**
 * Mistakes that published descriptions make and whose meaning is plain are read as meant, with a warning at
 * their file and line, instead of refusing the whole description: schema keywords of another OpenAPI version
 * or of none (`schema.ts`), and a few slips outside schemas (`objects.ts`). `--strict` refuses them.
 *
 * The repairs run as part of Redocly's own `struct` rule: this rule calls them on each node and then runs
 * `struct` on what they left, in the one validation walk (a Redocly preprocessor would be a second walk,
 * +1.5 s on GitHub's 13 MB description, and `struct` checks a node before any other rule sees it). Rewrites
 * happen in place on the parsed files (every load parses afresh), before bundling.
 */

type Visit = (node: unknown, ctx: UserContext) => void;

/** Whether `struct`'s suggestion is worth showing: the same letters (`min_items`, `minItems`), or a longer near-miss (`requried`). */
function looksLike(known: string, key: string): boolean {
  const squash = (text: string) => text.replace(/[-_]/g, '').toLowerCase();
  return squash(known) === squash(key) || (key.length >= 5 && known[0] === key[0] && Math.abs(known.length - key.length) <= 2);
}

function repairingStruct(struct: Oas3Rule): Oas3Rule {
  return (options) => {
    const visitor = struct(options) as { any?: Visit | { enter?: Visit } };
    const check = typeof visitor.any === 'function' ? visitor.any : visitor.any?.enter;
    if (!check) throw new Error('Redocly\'s struct rule has no `any` visitor');
    const anchors: Anchors = new Map();
    const paths = new WeakMap<object, string>();
    return {
      any: {
        enter(node: unknown, ctx: UserContext) {
          if (!isObject(node)) return check(node, ctx);
          repairObject(node, ctx, paths);
          if (ctx.type.name !== 'Schema') return check(node, ctx);
          const quiet = repairSchema(node, ctx, anchors);
          if (quiet.size === 0) return check(node, ctx);
          checkQuietly(check, node, ctx, quiet);
        },
      },
      // Keys beside a `$ref` are not part of the node `any` sees (the target, visited once however many
      // references it has): each reference is visited here, at its own place.
      ref: {
        enter(node: unknown, ctx: UserContext) {
          if (ctx.type.name === 'Schema' && ctx.specVersion !== 'oas3_0' && isObject(node) && 'nullable' in node) repairNullable(node, ctx);
        },
      },
    };
  };
}

/**
 * Runs `struct` on a schema without the complaints in `quiet`, then warns about each unknown keyword left in
 * place, with the known keyword `struct` suggested for it (`minItems` for `min_items`).
 */
function checkQuietly(check: Visit, node: unknown, ctx: UserContext, quiet: Quiet): void {
  const suggestions = new Map<string, string[] | undefined>();
  const report: UserContext['report'] = (problem) => {
    const at = Array.isArray(problem.location) ? problem.location[0] : problem.location;
    if (at?.pointer === undefined || !quiet.has(at.pointer)) return ctx.report(problem);
    suggestions.set(at.pointer, problem.suggest);
  };
  check(node, { ...ctx, report });
  const version = ctx.specVersion === 'oas3_0' ? '3.0' : '3.1';
  for (const [pointer, key] of quiet) {
    if (key === true) continue;
    const near = suggestions.get(pointer)?.find((known) => looksLike(known, key));
    warn(ctx, key, `\`${key}\` is not a schema keyword in OpenAPI ${version}${near ? ` (\`${near}\`?)` : ''}`, 'left as it is');
  }
}

/** The id of the repairing `struct` rule: validation turns Redocly's `struct` off and this one on, as an error. */
export const REPAIRING_STRUCT_ID = 'generator/struct';

/** A Redocly plugin whose one rule is `struct` (taken from a config's built-in rules) with the repairs first. */
export function repairsPlugin(struct: Oas3Rule): Plugin {
  return { id: 'generator', rules: { oas3: { [REPAIRING_STRUCT_ID]: repairingStruct(struct) } } };
}
