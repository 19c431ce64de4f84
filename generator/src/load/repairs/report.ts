import type { UserContext } from '@redocly/openapi-core';

/** The rule id of every repair warning (`validate.ts` turns them into warnings, or problems with `--strict`). */
export const REPAIR_RULE_ID = 'generator/repairs';

export { isObject, type Json } from '../../shared/json.js';

/**
 * `struct` complaints to drop, by pointer: `true` for a keyword a repair wrote, or the name of an unknown
 * keyword left in place, which is warned about once `struct` has suggested a known one.
 */
export type Quiet = Map<string, string | true>;

/**
 * Reports a repair at `path` under the current node (its key's line), or at the node itself: `problem` says
 * what is wrong and how the document's version writes it; `reading`, how the generator reads it instead.
 * The reading travels as the problem's only `suggest` entry: `validate.ts` appends it to a warning and leaves
 * it out of a `--strict` refusal.
 */
export function warn(ctx: UserContext, path: (string | number)[] | string, problem: string, reading?: string): void {
  const at = path.length === 0 ? ctx.location : ctx.location.child(typeof path === 'string' ? [path] : path);
  ctx.report({ message: problem, suggest: reading === undefined ? [] : [reading], location: at.key(), ruleId: REPAIR_RULE_ID, forceSeverity: 'warn' });
}
