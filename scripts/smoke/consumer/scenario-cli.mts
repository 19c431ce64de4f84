// The scenario as a command, for Node, Bun and Deno: `<runtime> scenario-cli.mjs <baseUrl> <apiKey>` prints
// one JSON line (the result, or the error that stopped it).
import process from 'node:process';
import { runScenario } from './scenario.mjs';

const [baseUrl = '', apiKey = ''] = process.argv.slice(2);
try {
  console.log(JSON.stringify({ result: await runScenario(baseUrl, apiKey) }));
} catch (e) {
  console.log(JSON.stringify({ error: e instanceof Error ? e.stack ?? e.message : String(e) }));
}
