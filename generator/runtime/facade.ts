/**
 * Builds the grouped facade (`braze.users.track(input)`) from a table of the standalone operation functions,
 * so the generated client holds no per-operation code of its own: a leaf is a function, or a pair
 * `[fn, allFn]` for a paginated operation whose `.all` iterates every item.
 */
import type { Client } from './client.js';

type OperationFn = (client: Client<never>, input?: object, options?: object) => unknown;
/** A facade table: nested groups whose leaves are operation functions. */
export interface FacadeTable {
  [name: string]: OperationFn | readonly [OperationFn, OperationFn] | FacadeTable;
}

/** Returns `table` with every function bound to `client` (the client is the first argument). */
export function bindFacade(client: Client<never>, table: FacadeTable): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, leaf] of Object.entries(table)) {
    if (typeof leaf === 'function') {
      out[name] = (input?: object, options?: object) => leaf(client, input, options);
    } else if (Array.isArray(leaf)) {
      const [fn, all] = leaf as readonly [OperationFn, OperationFn];
      out[name] = Object.assign((input?: object, options?: object) => fn(client, input, options), {
        all: (input?: object, options?: object) => all(client, input, options),
      });
    } else {
      out[name] = bindFacade(client, leaf as FacadeTable);
    }
  }
  return out;
}
