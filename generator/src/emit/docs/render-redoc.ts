/**
 * Renders a document with Redocly's `build-docs` (Redoc 3, server-side rendered, Redoc's standalone bundle
 * inlined with `--inlineBundle`) and returns the two strings our page template needs: Redoc's `<head>` part
 * (its styled-components styles) and its body part (prerendered HTML plus the hydrating module script).
 *
 * Why a child process and a temporary folder: `@redocly/cli` 2 ships as one bundled CLI whose only export for
 * this command is `handlerBuildCommand(argv)`, which reads the API description from a file and writes the
 * page to a file; the renderer it uses internally is not exported, and no other installed package renders
 * Redoc 3 on the server. So this module alone runs the CLI, in a private temporary folder (the document, a
 * two-marker template and the output live there), reads the page back and removes the folder. Nothing else
 * of the docs emitter touches the file system. Telemetry and the update check are switched off, and the CLI
 * runs in the temporary folder so no `redocly.yaml` of the repository changes the rendering.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Redoc's output, split into the parts our template places. */
export interface RedocParts {
  /** `<style>` tags of the prerendered page (goes in `<head>`). */
  head: string;
  /** `<div id="redoc">…</div>` and the inline module script that hydrates it. */
  html: string;
}

const SPLIT = '<!-- redoc:split -->';
const SHELL_TEMPLATE = `{{{redocHead}}}\n${SPLIT}\n{{{redocHTML}}}\n`;

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
 * Renders `document` with Redoc options `redocOptions` (`--openapi` of `build-docs`) and returns Redoc's parts.
 * The temporary folder is made under `workRoot` (the OS's temporary folder by default) and always removed.
 */
export async function renderRedoc(
  document: Record<string, unknown>,
  redocOptions: Record<string, unknown>,
  workRoot: string = tmpdir(),
): Promise<RedocParts> {
  const dir = await mkdtemp(join(workRoot, 'docs-build-'));
  try {
    await writeFile(join(dir, 'openapi.json'), JSON.stringify(document));
    await writeFile(join(dir, 'shell.hbs'), SHELL_TEMPLATE);
    const args = ['build-docs', 'openapi.json', '--inlineBundle', '-t', 'shell.hbs', '-o', 'out.html'];
    await run(redoclyCliPath(), [...args, '--openapi', JSON.stringify(redocOptions)], dir);
    const out = await readFile(join(dir, 'out.html'), 'utf8');
    const at = out.indexOf(SPLIT);
    if (at < 0) throw new Error('redocly build-docs ignored the page template (no split marker in its output)');
    return { head: out.slice(0, at).trim(), html: out.slice(at + SPLIT.length).trim() };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
