/**
 * Builds the grouped facade (`braze.users.track(input)`) from a table of the standalone operation functions,
 * so the generated client holds no per-operation code of its own: a leaf is a function, or a pair
 * `[fn, allFn, pagesFn]` for a paginated operation whose `.all` iterates every item and `.pages` every page.
 */
import type { Client } from './client.js';

/** Any operation function: typed loosely so functions needing different permissions fit one table. */
type OperationFn = (client: never, input: never, options: never) => unknown;
/** A facade table: nested groups whose leaves are operation functions. */
export interface FacadeTable {
  [name: string]: OperationFn | readonly [OperationFn, OperationFn, OperationFn] | FacadeTable;
}

/** Returns `table` with every function bound to `client` (the client is the first argument). */
export function bindFacade(client: Client<never>, table: FacadeTable): Record<string, unknown> {
  const bind = (fn: OperationFn) => (input?: object, options?: object) => fn(client as never, input as never, options as never);
  const out: Record<string, unknown> = {};
  for (const name in table) {
    const leaf = table[name]!;
    out[name] = typeof leaf === 'function' ? bind(leaf)
      : Array.isArray(leaf) ? Object.assign(bind(leaf[0]), { all: bind(leaf[1]), pages: bind(leaf[2]) })
      : bindFacade(client, leaf as FacadeTable);
  }
  return out;
}
