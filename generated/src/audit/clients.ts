// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * The clients the code creates, and which one a call goes through. A client is the result of a call to a
 * function tagged `@clientFactory` (`createBrazeClient`, `createClient`); its key's permissions are read from
 * the checker's type of its options' `permissions` (a tuple or array of string literal types), so literals,
 * `Permissions.*` constants, `as const` variables and spreads of them all count, as the compiler counts them. A call is attributed to a client by following the receiver back
 * through variables, class fields, destructuring and facade groups to such a call; where the code does not
 * show it (a parameter, a field set in a constructor) the call is left unattributed.
 */
import type * as TS from 'typescript';
import type { SymbolReader } from './symbols.js';
import { unwrap } from './syntax.js';
import type { ClientSite, Place } from './types.js';

/** Finds client creations and attributes receivers to them; one per program. */
export class ClientTracker {
  private readonly sites = new Map<TS.Node, ClientSite>();

  constructor(
    private readonly ts: typeof TS,
    private readonly reader: SymbolReader,
    private readonly placeOf: (node: TS.Node) => Place | undefined,
    /** Every permission of the API: an array typed with all of them says nothing about what it holds. */
    private readonly catalogue: readonly string[],
  ) {}

  /** Every client created in the project's files, in the order they were met. */
  all(): ClientSite[] {
    return [...this.sites.values()];
  }

  /** Records a call to a client factory (once) and returns it; `undefined` outside the project's files. */
  site(call: TS.CallExpression): ClientSite | undefined {
    const known = this.sites.get(call);
    if (known) return known;
    const place = this.placeOf(call);
    if (!place) return undefined;
    const site: ClientSite = { ...place, id: `${place.file}:${place.line}:${place.column}`, ...this.declaredPermissions(call) };
    this.sites.set(call, site);
    return site;
  }

  /** The id of the client an expression evaluates to, when the code shows it. */
  clientOf(expression: TS.Expression | undefined, depth = 0): string | undefined {
    const ts = this.ts;
    if (!expression || depth > 8) return undefined;
    const e = unwrap(ts, expression);
    if (ts.isAwaitExpression(e)) return this.clientOf(e.expression, depth + 1);
    if (ts.isCallExpression(e)) {
      const callee = unwrap(ts, e.expression);
      const name = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
      const symbol = this.reader.checker.getSymbolAtLocation(name);
      if (this.reader.meaningOf(symbol).factory) return this.site(e)?.id;
      // A function of the project that returns a client (`getBraze()`): the client it returns.
      return this.returnedClient(symbol, depth);
    }
    // `cached ??= createBrazeClient(…)`, `a || b`: either side.
    if (ts.isBinaryExpression(e)) return this.clientOf(e.right, depth + 1) ?? this.clientOf(e.left, depth + 1);
    // `braze[area]`, `braze['users']`: the receiver's client.
    if (ts.isElementAccessExpression(e)) return this.clientOf(e.expression, depth + 1);
    if (!ts.isIdentifier(e) && !ts.isPropertyAccessExpression(e)) return undefined;
    let symbol = this.reader.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(e) ? e.name : e);
    if (ts.isPropertyAccessExpression(e) && this.reader.meaningOf(symbol).group) return this.clientOf(e.expression, depth + 1);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.reader.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    if (!declaration) return undefined;
    if ((ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration) || ts.isParameter(declaration)) && declaration.initializer) {
      return this.clientOf(declaration.initializer, depth + 1);
    }
    if (ts.isPropertyDeclaration(declaration)) return this.clientOf(this.assignedInConstructor(declaration), depth + 1);
    const source = this.destructuredFrom(declaration);
    return source ? this.clientOf(source, depth + 1) : undefined;
  }

  /** What the class's constructor assigns to a field declared without an initializer (`this.braze = …`). */
  private assignedInConstructor(field: TS.PropertyDeclaration): TS.Expression | undefined {
    const ts = this.ts;
    const name = ts.isIdentifier(field.name) || ts.isPrivateIdentifier(field.name) ? field.name.text : undefined;
    const ctor = field.parent.members.find(ts.isConstructorDeclaration);
    let found: TS.Expression | undefined;
    const visit = (node: TS.Node): void => {
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)
        && node.left.expression.kind === ts.SyntaxKind.ThisKeyword && node.left.name.text === name) found ??= node.right;
      else if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
    };
    if (name !== undefined && ctor?.body) visit(ctor.body);
    return found;
  }

  /** The client a function returns, when each of its returns shows the same one. */
  private returnedClient(symbol: TS.Symbol | undefined, depth: number): string | undefined {
    const ts = this.ts;
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.reader.checker.getAliasedSymbol(symbol);
    let fn: TS.Node | undefined = symbol?.valueDeclaration;
    if (fn && ts.isVariableDeclaration(fn)) fn = fn.initializer;
    if (!fn || !(ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn)) || !fn.body) return undefined;
    if (!ts.isBlock(fn.body)) return this.clientOf(fn.body, depth + 1);
    const returned: (TS.Expression | undefined)[] = [];
    const collect = (node: TS.Node): void => {
      if (ts.isReturnStatement(node)) returned.push(node.expression);
      else if (!ts.isFunctionLike(node)) ts.forEachChild(node, collect);
    };
    collect(fn.body);
    const ids = new Set(returned.map((r) => this.clientOf(r, depth + 1)));
    return ids.size === 1 ? [...ids][0] : undefined;
  }

  /** The expression a variable was destructured from (`braze.users` of `const { track } = braze.users`). */
  destructuredFrom(declaration: TS.Declaration | undefined): TS.Expression | undefined {
    const ts = this.ts;
    if (!declaration || !ts.isBindingElement(declaration) || !ts.isObjectBindingPattern(declaration.parent)) return undefined;
    const owner = declaration.parent.parent;
    return ts.isVariableDeclaration(owner) ? owner.initializer : undefined;
  }

  /**
   * The permissions the factory's options declare, as the checker types them: `permissions` absent gives
   * nothing (the client allows every operation); a type that is not a finite set of string literals
   * (`string[]`, `any`), or an array typed with every permission (`Permission[]`: any subset at run time),
   * gives `unreadable`, with the type's text and the place to report. An optional `permissions` of that
   * whole-catalogue type is an options object typed `BrazeClientOptions`, which may hold none: the compiler
   * allows every call there, and so does the audit (nothing declared).
   */
  private declaredPermissions(call: TS.CallExpression): Pick<ClientSite, 'permissions' | 'unreadable'> {
    const ts = this.ts;
    const checker = this.reader.checker;
    const options = call.arguments[0];
    if (!options) return {};
    const property = checker.getTypeAtLocation(options).getProperty('permissions');
    if (!property) return {};
    const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, options));
    const names = literalElements(ts, checker, type);
    const everything = names !== undefined && !isTuples(ts, type) && this.catalogue.every((p) => names.includes(p));
    if (everything && property.flags & ts.SymbolFlags.Optional) return {};
    if (names && !everything) return { permissions: names };
    // Report at the `permissions` property when the options are written in place, else at the options.
    const bare = unwrap(ts, options);
    const written = ts.isObjectLiteralExpression(bare) ? bare.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'permissions') : undefined;
    const place = this.placeOf(written ?? options);
    return place ? { unreadable: { ...place, type: checker.typeToString(type) } } : {};
  }
}

/** True when every member of the (union) type is a tuple: its elements are exactly what it holds. */
function isTuples(ts: typeof TS, type: TS.Type): boolean {
  // Read from the reference's target flags (public in every TypeScript 5), not `checker.isTupleType`.
  return (type.isUnion() ? type.types : [type]).every((t) => ((t as TS.TypeReference).target?.objectFlags ?? 0) & ts.ObjectFlags.Tuple);
}

/** The string literals an array, tuple or union of them holds; `undefined` when any element is not one. */
function literalElements(ts: typeof TS, checker: TS.TypeChecker, type: TS.Type): string[] | undefined {
  const names: string[] = [];
  for (const list of type.isUnion() ? type.types : [type]) {
    if (list.flags & ts.TypeFlags.Never) continue;
    const element = checker.getIndexTypeOfType(list, ts.IndexKind.Number);
    if (!element || !(list.flags & ts.TypeFlags.Object)) return undefined;
    for (const t of element.isUnion() ? element.types : [element]) {
      if (t.flags & ts.TypeFlags.Never) continue;
      if (!t.isStringLiteral()) return undefined;
      names.push(t.value);
    }
  }
  return names;
}
