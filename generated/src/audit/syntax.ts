// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * Small syntax helpers over the user's TypeScript module (passed in, never imported: the audit uses the
 * compiler of the project it audits). Only public API is used, so any TypeScript 5 works.
 */
import type * as TS from 'typescript';

/** The expression inside parentheses, `as`, `<T>`, `!` and `satisfies`. */
export function unwrap(ts: typeof TS, expression: TS.Expression): TS.Expression {
  let e = expression;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isTypeAssertionExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)) {
    e = e.expression;
  }
  return e;
}

/** True for an identifier that names something being declared, imported or exported, or a type: not a reference to a value. */
export function isNotValueReference(ts: typeof TS, node: TS.Identifier): boolean {
  const parent = node.parent;
  if (ts.isShorthandPropertyAssignment(parent)) return false;
  if ((parent as { name?: TS.Node }).name === node || (parent as { propertyName?: TS.Node }).propertyName === node) return true;
  return ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent)
    || ts.isTypeReferenceNode(parent) || ts.isTypeQueryNode(parent) || ts.isQualifiedName(parent) || ts.isExportAssignment(parent)
    || ts.isExpressionWithTypeArguments(parent);
}

/** The text of a string-literal key (`'users'`, `` `users` ``), else `undefined`. */
export function literalText(ts: typeof TS, node: TS.Node): string | undefined {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}
