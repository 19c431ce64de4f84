/**
 * The run-time complement of the static permission audit: a live record of the operations a client actually
 * sent, so a test suite can check that the audit's permission list covers everything that ran
 * (`permissionsFor([...recordOperations(client)])`). It observes through the client's own `onRequest` hook,
 * wrapping any hook already given, so the request path has no extra code for clients that never record.
 * Imported by the generated client only (not by the runtime's index), so it costs a bundle nothing unless used.
 * The generated client re-exports it typed with its own `OperationId` (the only ids its operations send), so
 * that usage needs no cast; here, without a spec, the ids are plain strings.
 */
import { configOf, type Client } from './client.js';

/**
 * Starts recording `client`'s requests and returns the live set of their operation ids (a retried request
 * counts once; a call refused before sending, for a permission the client was not given, is not recorded).
 */
export function recordOperations(client: Client<never>): ReadonlySet<string> {
  const config = configOf(client);
  const seen = new Set<string>();
  const hooks = config.hooks;
  config.hooks = {
    ...hooks,
    onRequest(info) {
      seen.add(info.operationId);
      hooks?.onRequest?.(info);
    },
  };
  return seen;
}
