// The runtime matrix's scenario (see runtime-matrix.test.ts): the same four calls on every runtime, against
// the loopback scenario server. It returns what it saw; the test compares it and counts the server's requests.
import { BrazeConnectionError, BrazeTimeoutError, createBrazeClient } from 'braze-rest-client';

/** What one run saw. */
export interface ScenarioResult {
  track: unknown;
  items: string[];
  catalogs: string[];
  timeout: { name: string; timeoutError: boolean; connectionError: boolean; message: string } | 'answered';
  /** `fetch` when the client went through the global `fetch`, else `node:http` (which makes no fetch call). */
  transport: 'fetch' | 'node:http';
}

/** Runs the scenario against `baseUrl` with `apiKey`. */
export async function runScenario(baseUrl: string, apiKey: string): Promise<ScenarioResult> {
  // The global fetch, counted: the client takes it when it is created, if it picks the fetch transport.
  const realFetch = globalThis.fetch;
  let fetchCalls = 0;
  globalThis.fetch = (input, init) => (fetchCalls++, realFetch(input, init));
  const braze = createBrazeClient({ apiKey, baseUrl, maxRetryWaitMs: 5_000 });
  // 1. A POST.
  const track = await braze.users.track({ attributes: [{ external_id: 'matrix-user', plan: 'pro' }] });
  // 2. A listing of two pages joined by a Link header.
  const items: string[] = [];
  for await (const item of braze.catalogs.items.list.all({ catalog_name: 'restaurants' })) items.push(String(item.id));
  // 3. A 429, waited out, then the answer.
  const catalogs = (await braze.catalogs.list()).catalogs?.map((c) => String(c.name)) ?? [];
  // 4. A POST that gets no answer: it must time out, and must not be sent again.
  let timeout: ScenarioResult['timeout'] = 'answered';
  try {
    await braze.users.track({ attributes: [{ external_id: 'slow' }] }, { timeoutMs: 300 });
  } catch (e) {
    const error = e as Error;
    timeout = {
      name: error.name,
      timeoutError: e instanceof BrazeTimeoutError,
      connectionError: e instanceof BrazeConnectionError,
      message: error.message,
    };
  }
  globalThis.fetch = realFetch;
  return { track, items, catalogs, timeout, transport: fetchCalls ? 'fetch' : 'node:http' };
}
