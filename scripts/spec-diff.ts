/**
 * `npm run diff`: compares two versions of the spec (two files, or a git ref against the working tree),
 * lists the changes that matter to users of the generated package (permission changes first) and proposes
 * the semver bump. See `scripts/diff/args.ts` for the options.
 */
import { parseArgs, USAGE } from './diff/args.js';
import { runDiff } from './diff/run-diff.js';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`spec-diff: ${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const { output, exitCode } = await runDiff(args);
  process.stdout.write(output);
  return exitCode;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`spec-diff: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
