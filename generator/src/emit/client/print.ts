/**
 * Prints a whole file from ts-morph statement structures in one call with ts-morph's `printStructure`: no
 * node-by-node manipulation, and no source file either (creating one made TypeScript parse the printed text
 * back into a syntax tree nobody reads, which was over half of this emitter's time on the Braze spec).
 */
import { printStructure, StructureKind, type StatementStructures } from 'ts-morph';

/** The text of a TypeScript file made of `statements`. */
export function printStatements(statements: (string | StatementStructures)[]): string {
  return printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' });
}
