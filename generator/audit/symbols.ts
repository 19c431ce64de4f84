/**
 * Symbol identity: what a symbol the checker resolved stands for in the client. A symbol is one of the
 * client's operations when a declaration it ends at carries the generator's `@operation <package> <id>` tag;
 * imports, re-exports and `require` aliases are followed to that declaration, a union property (the member of
 * `braze[area]` for `area: 'segments' | 'campaigns'`) carries every member's declaration, and a variable
 * destructured from the client (`const { track } = braze.users`) stands for the property it was taken from.
 * Results are cached per symbol and per type, so each is worked out once per run.
 */
import type * as TS from 'typescript';
import { FACTORY_TAG, GROUP_TAG, OPERATION_TAG } from './tags.js';

/** What one symbol is to the client. */
export interface SymbolMeaning {
  /** The operations it calls (more than one for a union of members). */
  operations: string[];
  /** A facade group (`braze.users`). */
  group: boolean;
  /** `createClient` / `createBrazeClient`. */
  factory: boolean;
  /** A standalone function (`usersTrack(client, input)`): its client is the first argument. */
  standalone: boolean;
}

/** Types that never hold the client. */
const NOT_OBJECT = (ts: typeof TS): number => ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike
  | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.ESSymbolLike | ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Never;

const NOTHING: SymbolMeaning = { operations: [], group: false, factory: false, standalone: false };

/** Reads symbols and types for one package's tags; one instance per program. */
export class SymbolReader {
  private readonly meanings = new Map<TS.Symbol, SymbolMeaning>();
  private readonly clientish = new Map<TS.Type, boolean>();
  /** Whether a file holds any of this package's tags at all: most declarations (lib, other packages) are skipped unread. */
  private readonly taggedFiles = new Map<TS.SourceFile, boolean>();
  /** How many tagged symbols were met: none at all, while the code imports the package, means untagged declarations. */
  taggedSeen = 0;

  constructor(
    private readonly ts: typeof TS,
    readonly checker: TS.TypeChecker,
    private readonly packageName: string,
    private readonly operationIds: ReadonlySet<string>,
  ) {}

  /** The meaning of `symbol`, following aliases and destructuring; `NOTHING` for anything else. */
  meaningOf(symbol: TS.Symbol | undefined, depth = 0): SymbolMeaning {
    if (!symbol || depth > 8) return NOTHING;
    const cached = this.meanings.get(symbol);
    if (cached) return cached;
    this.meanings.set(symbol, NOTHING); // a cycle through destructuring ends here
    let meaning = this.tagged(symbol);
    if (meaning === NOTHING && symbol.flags & this.ts.SymbolFlags.Alias) {
      meaning = this.meaningOf(this.aliasTarget(symbol), depth + 1);
    }
    if (meaning === NOTHING && symbol.valueDeclaration && this.ts.isBindingElement(symbol.valueDeclaration)) {
      meaning = this.meaningOf(this.bindingProperty(symbol.valueDeclaration), depth + 1);
    }
    this.meanings.set(symbol, meaning);
    return meaning;
  }

  /** The property a binding element takes out of its pattern's type (`track` of `const { track } = braze.users`). */
  bindingProperty(element: TS.BindingElement): TS.Symbol | undefined {
    const ts = this.ts;
    if (!ts.isObjectBindingPattern(element.parent)) return undefined;
    const key = element.propertyName ?? element.name;
    const name = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
    if (name === undefined) return undefined;
    const type = this.checker.getTypeAtLocation(element.parent);
    return this.checker.getPropertyOfType(type, name);
  }

  /** True when a value of this type is the client or part of its facade: it has operation or group members. */
  isClientish(type: TS.Type): boolean {
    const cached = this.clientish.get(type);
    if (cached !== undefined) return cached;
    this.clientish.set(type, false);
    const parts = type.isUnionOrIntersection() ? type.types : [type];
    const result = parts.some((t) => {
      if (t.flags & NOT_OBJECT(this.ts)) return false;
      return this.checker.getPropertiesOfType(t).some((p) => {
        const m = this.tagged(p);
        return m.group || m.operations.length > 0;
      });
    });
    this.clientish.set(type, result);
    return result;
  }

  /**
   * The member `name` of the facade group behind `type` even when the key's permissions filtered it out of
   * the type (`Allow<UsersMethods<P>, UsersNeeds, P>` drops `delete` when `P` lacks `users.delete`): untyped
   * code can still call it, and that call is exactly a missing permission. Read from the alias's first type
   * argument (`UsersMethods<P>`), the group's unfiltered interface.
   */
  unfilteredMember(type: TS.Type, name: string): TS.Symbol | undefined {
    for (const t of type.isUnionOrIntersection() ? type.types : [type]) {
      const source = t.aliasTypeArguments?.[0];
      const member = source && this.checker.getPropertyOfType(source, name);
      if (member && this.meaningOf(member).operations.length > 0) return member;
    }
    return undefined;
  }

  private aliasTarget(symbol: TS.Symbol): TS.Symbol | undefined {
    try {
      return this.checker.getAliasedSymbol(symbol);
    } catch {
      return undefined;
    }
  }

  /** The tags on the symbol's own declarations. */
  private tagged(symbol: TS.Symbol): SymbolMeaning {
    const ts = this.ts;
    let operations: string[] | undefined;
    let group = false;
    let factory = false;
    let standalone = false;
    for (const declaration of symbol.declarations ?? []) {
      const file = declaration.getSourceFile();
      let mayHaveTags = this.taggedFiles.get(file);
      if (mayHaveTags === undefined) this.taggedFiles.set(file, (mayHaveTags = file.text.includes(` ${this.packageName}`) && file.text.includes(`@${OPERATION_TAG}`)));
      if (!mayHaveTags) continue;
      for (const tag of ts.getJSDocTags(declaration)) {
        const name = tag.tagName.text;
        if (name !== OPERATION_TAG && name !== GROUP_TAG && name !== FACTORY_TAG) continue;
        const words = (ts.getTextOfJSDocComment(tag.comment) ?? '').trim().split(/\s+/);
        if (words[0] !== this.packageName) continue;
        if (name === GROUP_TAG) group = true;
        else if (name === FACTORY_TAG) factory = true;
        else if (words[1] && this.operationIds.has(words[1])) {
          if (!(operations ??= []).includes(words[1])) operations.push(words[1]);
          standalone ||= ts.isFunctionDeclaration(declaration);
        }
      }
    }
    if (!operations && !group && !factory) return NOTHING;
    this.taggedSeen++;
    return { operations: operations ?? [], group, factory, standalone };
  }
}
