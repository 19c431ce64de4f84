/**
 * Turns the command's arguments into file texts: a file is read as given; a folder is searched (with its
 * subfolders) for .yaml/.yml/.json files, leaving out the non-English variants (see `languageOf`); an
 * http(s) URL is fetched with the global `fetch`, which fails with a clear message when offline.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';

/** One input's text; `fromFolder` marks files found by searching a folder (only those are ever skipped). */
export interface Source {
  name: string;
  text: string;
  fromFolder: boolean;
}

/** An input that cannot be read (exit code 2). */
export class SourceError extends Error {
  override name = 'SourceError';
}

/**
 * Braze's documentation languages other than English, as they appear in its file names and URLs
 * (`ja_users_track.yaml`, `users_track.ja.yaml`, `…/openapi/ja/users_track.yaml`, `/docs/ja/…`).
 */
const LANGUAGE = String.raw`(de|es|fr|ja|ko|pt[-_]?br|zh(?:[-_](?:cn|tw))?|it|nl)`;
const PREFIX = new RegExp(`^${LANGUAGE}[_.-]`, 'i');
const SUFFIX = new RegExp(`[_.-]${LANGUAGE}$`, 'i');
const SEGMENT = new RegExp(`^${LANGUAGE}$`, 'i');

/**
 * The language a file name or path says it is in (`ja`, `pt-br`), or `undefined` for English: a folder named
 * for a language, or a language code as the first or last `_`/`.`/`-` part of the file name.
 */
export function languageOf(path: string): string | undefined {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  const file = (parts.pop() ?? '').replace(/\.(ya?ml|json)$/i, '');
  const folder = parts.find((p) => SEGMENT.test(p));
  const match = folder ?? PREFIX.exec(file)?.[1] ?? SUFFIX.exec(file)?.[1];
  return match?.toLowerCase().replace('_', '-');
}

/** Reads every input; `skipped` lists the non-English files of folders, with the reason. */
export async function readSources(
  inputs: string[],
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<{ sources: Source[]; skipped: { file: string; reason: string }[] }> {
  const sources: Source[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      sources.push({ name: input, text: await fetchText(input, fetchImpl), fromFolder: false });
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new SourceError(`Cannot read ${input}: no such file or folder`);
    if (!info.isDirectory()) {
      sources.push({ name: input, text: await readText(input), fromFolder: false });
      continue;
    }
    for (const file of await filesUnder(input)) {
      const language = languageOf(relative(input, file).split(sep).join('/'));
      if (language) skipped.push({ file, reason: `not English (${language}, from its name)` });
      else sources.push({ name: file, text: await readText(file), fromFolder: true });
    }
  }
  return { sources, skipped };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else if (/\.(ya?ml|json)$/i.test(entry.name) && !basename(entry.name).startsWith('.')) found.push(path);
  }
  return found;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new SourceError(`Cannot read ${path}: ${(error as Error).message}`);
  }
}

/** GETs a URL (30 s at most); any failure becomes one line saying what happened and what to do instead. */
async function fetchText(url: string, fetchImpl: typeof fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(30_000), headers: { accept: 'application/yaml, application/json, text/plain, */*' } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new SourceError(`Cannot fetch ${url}: ${why} (no network here? download the files and pass their paths or folder instead)`);
  }
  if (!response.ok) throw new SourceError(`Cannot fetch ${url}: HTTP ${response.status} ${response.statusText}`.trimEnd());
  return response.text();
}
