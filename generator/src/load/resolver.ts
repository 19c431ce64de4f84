import { BaseResolver, parseYaml, type Document, type Source } from '@redocly/openapi-core';
import { LineCounter, parseDocument } from 'yaml';
import type { ParseCache } from './parse-cache.js';
import type { SourceFile, SourceMap } from './source-map.js';
import type { SpecProblem } from './spec-error.js';

/**
 * Redocly's resolver, recording every file it reads in the source map and reporting syntax errors at their
 * own file and line instead of an anonymous "can't resolve $ref". Values come from the fastest parser that
 * gives Redocly's own results: `JSON.parse` for JSON, Redocly's js-yaml setup for YAML. The `yaml` parser,
 * which keeps line positions, runs only when a position is needed (an error, a docs link): it is several
 * times slower, and parsing the Braze spec's ~270 files with it cost over a second on every run. With a
 * `ParseCache`, YAML files seen before are read back as JSON instead of parsed again.
 */
export class SpecResolver extends BaseResolver {
  readonly syntaxProblems: SpecProblem[] = [];

  constructor(private readonly sourceMap: SourceMap, private readonly parseCache?: ParseCache) {
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
    try {
      file.parsed = this.parseCache ? this.parseCache.parse(source.body, (text) => parseYaml(text)) : parseYaml(source.body);
    } catch (error) {
      this.failYamlSyntax(file, error as Error);
    }
    if (isRoot && (file.parsed === null || typeof file.parsed !== 'object')) {
      this.fail(absPath, 1, 'not an OpenAPI document: the file does not hold a mapping');
    }
    return { source, parsed: file.parsed };
  }

  /** Reports a YAML syntax error at its line, in the words of the `yaml` parser when it also refuses it. */
  private failYamlSyntax(file: SourceFile, error: Error): never {
    const lines = new LineCounter();
    const doc = parseDocument(file.body, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    file.yaml = { doc, lines };
    const [yamlError] = doc.errors;
    if (yamlError) this.fail(file.absPath, lines.linePos(yamlError.pos[0]).line, `syntax error: ${firstLine(yamlError.message)}`);
    const mark = (error as Error & { mark?: { line?: number } }).mark;
    this.fail(file.absPath, mark?.line === undefined ? undefined : mark.line + 1, `syntax error: ${firstLine(error.message)}`);
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
