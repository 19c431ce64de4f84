/**
 * The fallback renderer: `redocly build-docs` in a child process, for an `@redocly/cli` whose internals the
 * in-process renderer does not recognise (see `redoc-build-docs.mjs`). Same renderer, same template, same
 * page; only slower (a second Node process that also re-bundles the document).
 *
 * The CLI reads the description from a file and writes the page to a file, so this module alone uses a
 * private temporary folder (removed afterwards). Telemetry and the update check are off, and the CLI runs in
 * that folder so no `redocly.yaml` of the repository changes the rendering.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two-part page template both renderers use (`redoc-shell.hbs`). */
export const SHELL_TEMPLATE_PATH = fileURLToPath(new URL('./redoc-shell.hbs', import.meta.url));

/** The `@redocly/cli` entry script, resolved from this package's dependencies. */
export function redoclyCliPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
}

function run(cli: string, args: string[], cwd: string): Promise<void> {
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  return new Promise((resolvePromise, reject) => {
    execFile(process.execPath, [cli, ...args], { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`redocly build-docs failed: ${error.message}\n${stderr}\n${stdout}`.trim()));
      else resolvePromise();
    });
  });
}

/**
 * Renders `document` with Redoc `redocOptions` (`--openapi` of `build-docs`) through the shell template and
 * returns the page. The temporary folder is made under `workRoot` (the OS's by default) and always removed.
 */
export async function renderWithCli(
  document: Record<string, unknown>,
  redocOptions: Record<string, unknown>,
  workRoot: string = tmpdir(),
): Promise<string> {
  const dir = await mkdtemp(join(workRoot, 'docs-build-'));
  try {
    await writeFile(join(dir, 'openapi.json'), JSON.stringify(document));
    const args = ['build-docs', 'openapi.json', '--inlineBundle', '-t', SHELL_TEMPLATE_PATH, '-o', 'out.html'];
    await run(redoclyCliPath(), [...args, '--openapi', JSON.stringify(redocOptions)], dir);
    return await readFile(join(dir, 'out.html'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
