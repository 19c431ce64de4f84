// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * One pass over the project's own files (not declaration files, not `node_modules`, not the package's own
 * sources), resolving only candidate nodes through the checker: property and element accesses whose
 * name can lead to the client, identifiers named like a standalone function or bound to one in this file,
 * client factory calls, and the places a client value can lose its type (casts, arguments, annotated
 * variables). Everything else is skipped without asking the checker, which keeps the pass near a plain parse.
 */
import { relative, sep } from 'node:path';
import type * as TS from 'typescript';
import { closestName, type AuditApi } from './api.js';
import { ClientTracker } from './clients.js';
import { flowsWhereLost, losesClient, mayHoldClient } from './lost-type.js';
import { castFinding, dynamicAccessFinding, packageNotResolvedFinding, packageUntaggedFinding, permissionsNotLiteralFinding, typeLostFinding, unknownPermissionFinding } from './findings.js';
import { SymbolReader, type SymbolMeaning } from './symbols.js';
import { isNotValueReference, literalText } from './syntax.js';
import { FACTORY_TAG, OPERATION_TAG } from './tags.js';
import type { ClientSite, Finding, Place, Use } from './types.js';

/** `fn.bind(thisArg)`, `fn.call(thisArg)`, `fn.apply(thisArg)`: their `this` is `unknown`-typed, yet nothing is lost. */
const THIS_BINDERS = new Set(['bind', 'call', 'apply']);

/** What the pass found. */
export interface VisitResult {
  uses: Use[];
  findings: Finding[];
  clients: ClientSite[];
  /** The text of each visited file, by project-relative path (for acknowledgement comments). */
  texts: Map<string, string>;
  filesVisited: number;
}

/** Visits every file of `program` that belongs to the project rooted at `rootDir`. */
export function visitProgram(ts: typeof TS, program: TS.Program, api: AuditApi, rootDir: string): VisitResult {
  const checker = program.getTypeChecker();
  const reader = new SymbolReader(ts, checker, api.packageName, new Set(Object.keys(api.operations)));
  const functionNames = new Set(api.functionNames);
  const memberNames = new Set(api.memberNames);
  const result: VisitResult = { uses: [], findings: [], clients: [], texts: new Map(), filesVisited: 0 };
  const relativePath = new Map<TS.SourceFile, string>();
  // The package's own sources, when a monorepo maps the package to them with `paths`, are not the user's code:
  // its facade table names every operation.
  const ownMarkers = [`@${FACTORY_TAG} ${api.packageName}`, `@${OPERATION_TAG} ${api.packageName} `];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file) || /[\\/]node_modules[\\/]/.test(file.fileName)) continue;
    if (ownMarkers.some((m) => file.text.includes(m))) continue;
    relativePath.set(file, relative(rootDir, file.fileName).split(sep).join('/'));
  }
  const placeOf = (node: TS.Node): Place | undefined => {
    const file = node.getSourceFile();
    const rel = relativePath.get(file);
    if (rel === undefined) return undefined;
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return { file: rel, line: line + 1, column: character + 1 };
  };
  const clients = new ClientTracker(ts, reader, placeOf, api.permissions);
  let packageImport: Place | undefined;

  for (const [file, rel] of relativePath) {
    result.filesVisited++;
    result.texts.set(rel, file.text);
    /** Local names bound to an operation or a factory (renamed imports, destructuring). */
    const localNames = new Set<string>();
    /** Local names of namespace imports (`import * as b`), whose members are all candidates. */
    const namespaces = new Set<string>();

    // A use is placed where its expression starts (`braze` of `braze.users.track(…)`, or the function's
    // name), as compilers place a call's diagnostics.
    const use = (at: TS.Node, meaning: SymbolMeaning, receiver: TS.Expression | undefined, call: TS.Node | undefined): void => {
      const place = placeOf(at)!;
      const client = meaning.standalone
        ? call && ts.isCallExpression(call) ? clients.clientOf(call.arguments[0]) : undefined
        : clients.clientOf(receiver);
      for (const operation of meaning.operations) result.uses.push({ ...place, operation, ...(client ? { client } : {}) });
    };
    const callOf = (node: TS.Node): TS.CallExpression | undefined =>
      ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
    const meaningAt = (node: TS.Node): SymbolMeaning => reader.meaningOf(checker.getSymbolAtLocation(node));
    const noteBinding = (name: TS.Node): void => {
      if (!ts.isIdentifier(name)) return;
      const m = meaningAt(name);
      if (m.operations.length > 0 || m.factory) localNames.add(name.text);
    };
    // Outside call arguments (whose destination needs the call resolved) the destination is cheaper to read
    // than the value's type, so it is read first: most destinations keep any value.
    const checkLost = (expression: TS.Node | undefined, destinationFirst = true): void => {
      if (!expression || !mayHoldClient(ts, expression)) return;
      if (destinationFirst && !flowsWhereLost(ts, checker, reader, expression)) return;
      if (!reader.isClientish(checker.getTypeAtLocation(expression))) return;
      if (destinationFirst || flowsWhereLost(ts, checker, reader, expression)) result.findings.push(typeLostFinding(placeOf(expression)!, api.packageName));
    };

    /** An import or `require` of the package: it must resolve, or nothing it gives can be seen. */
    const notePackageImport = (literal: TS.StringLiteral): void => {
      if (literal.text !== api.packageName && !literal.text.startsWith(`${api.packageName}/`)) return;
      const parent = literal.parent;
      const isImport = ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)
        || (ts.isCallExpression(parent) && (parent.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(parent.expression) && parent.expression.text === 'require')));
      if (!isImport) return;
      packageImport ??= placeOf(literal);
      if (!checker.getSymbolAtLocation(literal)) result.findings.push(packageNotResolvedFinding(placeOf(literal)!, api.packageName));
    };

    const visit = (node: TS.Node): void => {
      switch (node.kind) {
        case ts.SyntaxKind.StringLiteral:
          notePackageImport(node as TS.StringLiteral);
          break;
        case ts.SyntaxKind.ImportSpecifier:
        case ts.SyntaxKind.ImportEqualsDeclaration:
          noteBinding((node as TS.ImportSpecifier).name);
          break;
        case ts.SyntaxKind.ImportClause: {
          const clause = node as TS.ImportClause;
          if (clause.name) noteBinding(clause.name);
          if (clause.namedBindings && ts.isNamespaceImport(clause.namedBindings)) namespaces.add(clause.namedBindings.name.text);
          break;
        }
        case ts.SyntaxKind.BindingElement: {
          const element = node as TS.BindingElement;
          const key = element.propertyName ?? element.name;
          const text = ts.isIdentifier(key) ? key.text : literalText(ts, key);
          if (text !== undefined && (memberNames.has(text) || functionNames.has(text))) noteBinding(element.name);
          break;
        }
        case ts.SyntaxKind.PropertyAccessExpression: {
          const access = node as TS.PropertyAccessExpression;
          const name = access.name.text;
          if (memberNames.has(name) || functionNames.has(name) || (ts.isIdentifier(access.expression) && namespaces.has(access.expression.text))) {
            const symbol = checker.getSymbolAtLocation(access.name)
              ?? reader.unfilteredMember(checker.getTypeAtLocation(access.expression), name);
            const m = reader.meaningOf(symbol);
            if (m.operations.length > 0) use(access, m, access.expression, callOf(access));
            const call = callOf(access);
            if (m.factory && call) clients.site(call);
          }
          break;
        }
        case ts.SyntaxKind.ElementAccessExpression:
          visitElementAccess(node as TS.ElementAccessExpression);
          break;
        case ts.SyntaxKind.Identifier: {
          const id = node as TS.Identifier;
          if (!(functionNames.has(id.text) || localNames.has(id.text)) || isNotValueReference(ts, id)) break;
          if (ts.isPropertyAccessExpression(id.parent) && id.parent.name === id) break;
          const symbol = ts.isShorthandPropertyAssignment(id.parent) ? checker.getShorthandAssignmentValueSymbol(id.parent) : checker.getSymbolAtLocation(id);
          const m = reader.meaningOf(symbol);
          const call = callOf(id);
          // A function destructured from the facade goes through the client it was taken from.
          if (m.operations.length > 0) use(id, m, clients.destructuredFrom(symbol?.valueDeclaration), call);
          if (m.factory && call) clients.site(call);
          break;
        }
        case ts.SyntaxKind.CallExpression:
        case ts.SyntaxKind.NewExpression: {
          const call = node as TS.CallExpression;
          const callee = call.expression;
          const calleeName = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
          // Our own standalone functions take a bare client: passing the facade client there keeps everything;
          // so does `this` given to a method's bind/call/apply.
          if (!functionNames.has(calleeName) && !localNames.has(calleeName) && !THIS_BINDERS.has(calleeName)) {
            for (const arg of call.arguments ?? []) checkLost(arg, false);
          }
          break;
        }
        case ts.SyntaxKind.VariableDeclaration:
        case ts.SyntaxKind.PropertyDeclaration: {
          const declaration = node as TS.VariableDeclaration;
          if (declaration.type && declaration.initializer) checkLost(declaration.initializer);
          break;
        }
        // The other ways a value flows somewhere typed: literals, returns, assignments.
        case ts.SyntaxKind.PropertyAssignment:
          checkLost((node as TS.PropertyAssignment).initializer);
          break;
        case ts.SyntaxKind.ShorthandPropertyAssignment:
          checkLost((node as TS.ShorthandPropertyAssignment).name);
          break;
        case ts.SyntaxKind.ArrayLiteralExpression:
          (node as TS.ArrayLiteralExpression).elements.forEach((e) => checkLost(e));
          break;
        case ts.SyntaxKind.ReturnStatement:
          checkLost((node as TS.ReturnStatement).expression);
          break;
        case ts.SyntaxKind.BinaryExpression: {
          const b = node as TS.BinaryExpression;
          if (b.operatorToken.kind === ts.SyntaxKind.EqualsToken) checkLost(b.right);
          break;
        }
        case ts.SyntaxKind.AsExpression:
        case ts.SyntaxKind.TypeAssertionExpression: {
          const cast = node as TS.AsExpression;
          if (ts.isTypeReferenceNode(cast.type) && ts.isIdentifier(cast.type.typeName) && cast.type.typeName.text === 'const') break;
          if (reader.isClientish(checker.getTypeAtLocation(cast.expression)) && losesClient(ts, checker, reader, checker.getTypeAtLocation(cast))) {
            result.findings.push(castFinding(placeOf(cast)!, cast.type.getText(), api.packageName));
          }
          break;
        }
      }
      ts.forEachChild(node, visit);
    };

    const visitElementAccess = (access: TS.ElementAccessExpression): void => {
      const arg = access.argumentExpression;
      const key = literalText(ts, arg);
      if (key !== undefined) {
        if (!memberNames.has(key) && !functionNames.has(key)) return;
        const m = meaningAt(arg);
        if (m.operations.length > 0) use(access, m, access.expression, callOf(access));
        return;
      }
      if (ts.isNumericLiteral(arg)) return;
      const objectType = checker.getTypeAtLocation(access.expression);
      if (!reader.isClientish(objectType)) return;
      const keyType = checker.getTypeAtLocation(arg);
      const keys = keyType.isUnion() ? keyType.types : [keyType];
      if (!keys.every((k) => k.isStringLiteral())) {
        result.findings.push(dynamicAccessFinding(placeOf(arg)!, arg.getText(), checker.typeToString(keyType), api.packageName));
        return;
      }
      for (const k of keys) {
        const m = reader.meaningOf(checker.getPropertyOfType(objectType, (k as TS.StringLiteralType).value));
        if (m.operations.length > 0) use(access, m, access.expression, callOf(access));
      }
    };

    visit(file);
  }
  if (packageImport && reader.taggedSeen === 0 && !result.findings.some((f) => f.code === 'package-not-resolved')) {
    result.findings.push(packageUntaggedFinding(packageImport, api.packageName));
  }
  result.clients = clients.all();
  for (const client of result.clients) {
    if (client.unreadable) {
      const { type, ...at } = client.unreadable;
      result.findings.push(permissionsNotLiteralFinding(at, type, api.packageName));
    }
    for (const name of client.permissions ?? []) {
      if (!api.permissions.includes(name)) result.findings.push(unknownPermissionFinding(client, name, closestName(name, api.permissions)));
    }
  }
  return result;
}

/**
 * One result from the passes over several programs (the references of a solution-style tsconfig): a file
 * two programs share counts once, from the first program that visited it.
 */
export function mergeVisits(results: VisitResult[]): VisitResult {
  if (results.length === 1) return results[0]!;
  const out: VisitResult = { uses: [], findings: [], clients: [], texts: new Map(), filesVisited: 0 };
  const clientIds = new Set<string>();
  for (const r of results) {
    const files = new Set([...r.texts.keys()].filter((f) => !out.texts.has(f)));
    out.uses.push(...r.uses.filter((u) => files.has(u.file)));
    out.findings.push(...r.findings.filter((f) => files.has(f.file)));
    for (const c of r.clients.filter((x) => !clientIds.has(x.id))) {
      clientIds.add(c.id);
      out.clients.push(c);
    }
    for (const f of files) out.texts.set(f, r.texts.get(f)!);
    out.filesVisited += files.size;
  }
  return out;
}
