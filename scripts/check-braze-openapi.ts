/**
 * `npm run check:braze-openapi -- <files|folders|URLs> [--spec <openapi.yaml>] [--json] [--strict] [--verbose]`:
 * compares Braze's per-endpoint OpenAPI files with our spec. The work happens in scripts/braze-openapi/.
 */
import { runCheck } from './braze-openapi/run-check.js';

const result = await runCheck(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
