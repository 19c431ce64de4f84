import type { GeneratedFile } from '../emit/types.js';
import { renderBanner } from '../emit/shared/banner.js';

/**
 * Makes a file's final bytes: `\n` line endings, one trailing newline, and the generated-file banner in the
 * file's comment syntax (after a `#!` line or `<!DOCTYPE>` where there is one, so those keep working).
 * JSON files get no banner: JSON has no comments, and the package emitter already puts the banner text under
 * a `"//"` key in package.json; adding a key to other JSON files would change the data they carry. Plain
 * text without an extension (LICENSE) is left as written too: license detectors expect the licence text
 * to start the file.
 */
export function stampFile(file: GeneratedFile, specPath: string, regenerateCommand: string): GeneratedFile {
  let text = file.contents.replace(/\r\n?/g, '\n');
  if (!text.endsWith('\n')) text += '\n';
  const banner = renderBanner(file.path, specPath, regenerateCommand);
  if (banner === '' || text.includes(banner)) return { path: file.path, contents: text };
  const lead = /^(#![^\n]*\n|<!doctype[^>]*>\n?)/i.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const separator = /^\s*$/.test(rest.split('\n')[0] ?? '') ? '' : '\n';
  return { path: file.path, contents: `${lead}${lead !== '' && !lead.endsWith('\n') ? '\n' : ''}${banner}${separator}${rest}` };
}

/** Checks output paths: relative, POSIX, inside the folder, no duplicates; returns them sorted by path. */
export function normaliseFiles(files: GeneratedFile[]): GeneratedFile[] {
  const seen = new Set<string>();
  for (const f of files) {
    if (f.path === '' || f.path.startsWith('/') || f.path.includes('\\') || f.path.split('/').some((s) => s === '..' || s === '.' || s === '')) {
      throw new Error(`emitter produced an invalid output path: ${JSON.stringify(f.path)}`);
    }
    if (seen.has(f.path)) throw new Error(`two emitters produced the same file: ${f.path}`);
    seen.add(f.path);
  }
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
