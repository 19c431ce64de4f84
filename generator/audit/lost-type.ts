/**
 * Where a client value loses its type: passed, assigned, returned or put in a literal whose destination is
 * `any`, `unknown`, `never`, `object`, a record type or an object type without members. Calls made through
 * it afterwards cannot be seen, so each such place is a `type-lost` finding (a cast is a `cast` finding).
 */
import type * as TS from 'typescript';
import type { SymbolReader } from './symbols.js';

/**
 * True when a value of type `target` no longer shows the client's operations. A bare `Client` (the standalone
 * functions' handle) keeps what matters, since standalone functions are found by their own identity.
 */
export function losesClient(ts: typeof TS, checker: TS.TypeChecker, reader: SymbolReader, target: TS.Type): boolean {
  if (reader.isClientish(target)) return false;
  if (target.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.NonPrimitive | ts.TypeFlags.Never)) return true;
  const parts = target.isUnion() ? target.types : [target];
  return parts.some((t) => t.flags & ts.TypeFlags.Object && (checker.getIndexInfosOfType(t).length > 0 || checker.getPropertiesOfType(t).length === 0));
}

/** The expressions that can hold the client itself (not a call's result, not a literal). */
export function mayHoldClient(ts: typeof TS, e: TS.Node): e is TS.Expression {
  return ts.isIdentifier(e) || ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || e.kind === ts.SyntaxKind.ThisKeyword;
}

/**
 * True when `expression` (a client value) flows where its type is lost: its contextual type loses it, or,
 * inside an object or array literal with no contextual type of its own, the literal's destination does.
 */
export function flowsWhereLost(ts: typeof TS, checker: TS.TypeChecker, reader: SymbolReader, expression: TS.Expression, depth = 0): boolean {
  const target = checker.getContextualType(expression);
  if (target) return losesClient(ts, checker, reader, target);
  const parent = expression.parent;
  const container = ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent) ? parent.parent
    : ts.isSpreadElement(parent) || ts.isSpreadAssignment(parent) ? parent.parent
      : ts.isArrayLiteralExpression(parent) ? parent : undefined;
  if (!container || depth > 4 || !(ts.isObjectLiteralExpression(container) || ts.isArrayLiteralExpression(container))) return false;
  return flowsWhereLost(ts, checker, reader, container, depth + 1);
}
