/**
 * `npm run check:permissions -- <page.md> [--spec <openapi.yaml>] [--json] [--strict]`: compares a Braze
 * permission page with the spec's permission catalogue. The work happens in scripts/permissions-page/.
 */
import { runCheck } from './permissions-page/run-check.js';

const result = await runCheck(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
