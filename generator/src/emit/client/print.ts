/**
 * Prints a whole file from ts-morph statement structures in one call, as ts-morph's authors recommend: no
 * node-by-node manipulation, so printing stays linear in the number of operations.
 */
import { IndentationText, NewLineKind, Project, QuoteKind, type StatementStructures } from 'ts-morph';

let project: Project | undefined;

/** The text of a TypeScript file made of `statements`. */
export function printStatements(statements: StatementStructures[]): string {
  project ??= new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, newLineKind: NewLineKind.LineFeed, quoteKind: QuoteKind.Single },
  });
  const file = project.createSourceFile('print.ts', { statements }, { overwrite: true });
  const text = file.getFullText();
  project.removeSourceFile(file);
  return text;
}
