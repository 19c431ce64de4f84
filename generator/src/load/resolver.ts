import { BaseResolver, type Document, type Source } from '@redocly/openapi-core';
import { LineCounter, parseDocument } from 'yaml';
import type { SourceFile, SourceMap } from './source-map.js';
import type { SpecProblem } from './spec-error.js';

/**
 * Redocly's resolver, reading each file once with our parsers instead of its js-yaml: YAML files go through
 * `yaml` (whose ranges give line numbers for error messages), JSON files through `JSON.parse` (much faster on
 * large specs; positions are computed later only if needed). Every file read is recorded in the source map,
 * and syntax errors are collected with their line instead of becoming an anonymous "can't resolve $ref".
 */
export class SpecResolver extends BaseResolver {
  readonly syntaxProblems: SpecProblem[] = [];

  constructor(private readonly sourceMap: SourceMap) {
    super({ http: { headers: [] } });
  }

  override parseDocument(source: Source, isRoot = false): Document {
    const absPath = source.absoluteRef;
    const file: SourceFile = { absPath, body: source.body, parsed: undefined };
    this.sourceMap.files.set(absPath, file);
    if (source.body.trim() === '') {
      this.fail(absPath, undefined, 'the file is empty');
    }
    if (/\.json$/i.test(absPath)) {
      try {
        file.parsed = JSON.parse(source.body);
        return { source, parsed: file.parsed };
      } catch (error) {
        const message = (error as Error).message;
        const position = /position (\d+)/.exec(message)?.[1];
        const line = position === undefined ? undefined : source.body.slice(0, Number(position)).split('\n').length;
        this.fail(absPath, line, `syntax error: ${firstLine(message)}`);
      }
    }
    const lines = new LineCounter();
    const doc = parseDocument(source.body, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    file.yaml = { doc, lines };
    const [error] = doc.errors;
    if (error) {
      const line = lines.linePos(error.pos[0]).line;
      this.fail(absPath, line, `syntax error: ${firstLine(error.message)}`);
    }
    file.parsed = doc.toJS({ maxAliasCount: -1 });
    if (isRoot && (file.parsed === null || typeof file.parsed !== 'object')) {
      this.fail(absPath, 1, 'not an OpenAPI document: the file does not hold a mapping');
    }
    return { source, parsed: file.parsed };
  }

  private fail(absPath: string, line: number | undefined, message: string): never {
    const problem = { file: this.sourceMap.display(absPath), line, message };
    this.syntaxProblems.push(problem);
    throw new Error(message);
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? text;
}
