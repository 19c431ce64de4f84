import { relative, resolve, dirname } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import type { SourceLocation } from '../shared/source-location.js';

/** One file read while loading: its text, its parsed value and (lazily for JSON) its YAML positions. */
export interface SourceFile {
  absPath: string;
  body: string;
  parsed: unknown;
  yaml?: { doc: Document; lines: LineCounter };
}

/**
 * Maps JSON pointers back to file:line. Redocly bundles several files into one document, so a pointer into
 * the bundle is found by walking the root file and following each `$ref` into the file it names; positions
 * come from the `yaml` parser's ranges (JSON files are re-parsed with it only when a position is needed,
 * which keeps loading a 13 MB JSON spec fast).
 */
export class SourceMap {
  readonly files = new Map<string, SourceFile>();

  constructor(readonly rootPath: string, private readonly cwd = process.cwd()) {}

  /** The path shown to users: relative to the working directory, POSIX separators. */
  display(absPath: string): string {
    const rel = relative(this.cwd, absPath);
    return (rel.startsWith('..') ? absPath : rel).replace(/\\/g, '/');
  }

  /** Line (1-based) of the node at `pointer` inside one file: of its key when it is a map entry. */
  lineOf(absPath: string, pointer: string): number | undefined {
    const file = this.files.get(absPath);
    if (!file) return undefined;
    const pos = positionsOf(file);
    let node: unknown = pos.doc.contents;
    let line: number | undefined = rangeLine(node, pos.lines) ?? 1;
    for (const seg of splitPointer(pointer)) {
      const next = childPair(node, seg);
      if (!next) break;
      line = rangeLine(next.key, pos.lines) ?? line;
      node = next.value;
    }
    return line;
  }

  /** The reference at `pointer` inside one file: the `$ref` of the object there, or the string there (a mapping). */
  refAt(absPath: string, pointer: string): string | undefined {
    const file = this.files.get(absPath);
    if (!file) return undefined;
    let node: unknown = positionsOf(file).doc.contents;
    for (const seg of splitPointer(pointer)) node = childPair(node, seg)?.value;
    return isScalar(node) && typeof node.value === 'string' ? node.value : refIn(node);
  }

  /**
   * Where the node at `pointer` in the bundled document was written, following `$ref`s across files. Both
   * fields are computed on first read: walking needs the files' YAML trees (Redocly rewrites the parsed
   * objects while bundling), and for a large JSON spec building that tree costs seconds that only error
   * messages and docs links should pay.
   */
  locate(pointer: string): SourceLocation {
    let found: { file: string; line?: number } | undefined;
    const find = (): { file: string; line?: number } => (found ??= this.walk(pointer));
    const location = { pointer } as SourceLocation;
    Object.defineProperty(location, 'file', { enumerable: true, get: () => this.display(find().file) });
    Object.defineProperty(location, 'line', { enumerable: true, get: () => find().line });
    return location;
  }

  private walk(pointer: string): { file: string; line?: number } {
    let file = this.rootPath;
    let node = this.treeOf(file);
    let line: number | undefined = 1;
    for (const seg of splitPointer(pointer)) {
      for (let hops = 0; hops < 20; hops++) {
        const ref = refIn(node);
        if (ref === undefined) break;
        const target = this.follow(file, ref);
        if (!target) return { file, line };
        [file, node, line] = [target.file, target.node, target.line ?? line];
      }
      const next = childPair(node, seg);
      if (!next) break;
      line = rangeLine(next.key, positionsOf(this.files.get(file)!).lines) ?? line;
      node = next.value;
    }
    return { file, line };
  }

  private treeOf(absPath: string): unknown {
    const file = this.files.get(absPath);
    return file ? positionsOf(file).doc.contents : undefined;
  }

  private follow(from: string, ref: string): { file: string; node: unknown; line?: number } | undefined {
    const [target = '', fragment = ''] = ref.split('#');
    const file = target === '' ? from : resolve(dirname(from), safeDecode(target));
    const source = this.files.get(file);
    if (!source) return undefined;
    let node: unknown = positionsOf(source).doc.contents;
    let line: number | undefined = 1;
    for (const seg of splitPointer(fragment)) {
      const next = childPair(node, seg);
      if (!next) return undefined;
      line = rangeLine(next.key, positionsOf(source).lines) ?? line;
      node = next.value;
    }
    return { file, node, line };
  }
}

function positionsOf(file: SourceFile): { doc: Document; lines: LineCounter } {
  if (!file.yaml) {
    const lines = new LineCounter();
    file.yaml = { doc: parseDocument(file.body, { lineCounter: lines, uniqueKeys: false }), lines };
  }
  return file.yaml;
}

function childPair(node: unknown, seg: string): { key: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
    return pair ? { key: pair.key, value: pair.value } : undefined;
  }
  if (isSeq(node)) {
    const item = node.items[Number(seg)];
    return item === undefined ? undefined : { key: item, value: item };
  }
  return undefined;
}

function rangeLine(node: unknown, lines: LineCounter): number | undefined {
  const range = (node as Node | null)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}

function refIn(node: unknown): string | undefined {
  const pair = childPair(node, '$ref');
  return pair && isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value : undefined;
}

/** `#/paths/~1users/get` → `['paths', '/users', 'get']`. */
export function splitPointer(pointer: string): string[] {
  const body = pointer.replace(/^#/, '').replace(/^\//, '');
  if (body === '') return [];
  return body.split('/').map((s) => safeDecode(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['paths', '/users', 'get']` → `#/paths/~1users/get`. */
export function joinPointer(segments: string[]): string {
  return `#${segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
