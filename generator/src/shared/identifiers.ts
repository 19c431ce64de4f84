/**
 * Identifier helpers: spec names (`users.track`, `catalog_name`, `get-a-repo`) are not valid or consistent
 * TypeScript names, and the model (operation and permission constant names) and several emitters must agree
 * on how they are turned into ones. Below every stage, so any stage may use them.
 */

/** Words TypeScript does not allow as plain identifiers (bindings). */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static',
  'yield', 'await', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
]);

/** Splits any name into lowercase-insensitive words: on non-alphanumerics and camelCase humps. */
export function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

/** `get-a_repo.list` → `getARepoList`; prefixed with `_` when it would start with a digit or be empty. */
export function toCamelCase(text: string): string {
  const words = splitWords(text);
  const joined = words
    .map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
  return safeIdentifier(joined);
}

/** `users.track` → `USERS_TRACK`. */
export function toScreamingSnake(text: string): string {
  const joined = splitWords(text).map((w) => w.toUpperCase()).join('_');
  return safeIdentifier(joined);
}

/** `catalog items` → `CatalogItems`. */
export function toPascalCase(text: string): string {
  const camel = toCamelCase(text);
  return camel.startsWith('_') ? camel : camel.charAt(0).toUpperCase() + camel.slice(1);
}

/** Makes a name a valid binding: `_` prefix for empty, digit-leading or reserved names. */
export function safeIdentifier(name: string): string {
  if (name === '' || /^[0-9]/.test(name) || RESERVED_WORDS.has(name)) return `_${name}`;
  return name;
}

/** True when `name` can be written unquoted as a property key or after a dot. */
export function isIdentifierName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/**
 * Makes names unique in a stable way: the first occurrence (in the given order) keeps its name, later ones
 * get `2`, `3`, … (or `_2` when the base ends in a digit). `taken` holds names already used elsewhere.
 */
export function uniqueName(base: string, taken: Set<string>, separator = ''): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) {
    name = `${base}${/[0-9]$/.test(base) ? '_' : separator}${n}`;
  }
  taken.add(name);
  return name;
}

/** A property key as TypeScript source: bare when possible, else a single-quoted string. */
export function propertyKey(name: string): string {
  return isIdentifierName(name) ? name : quoteString(name);
}

/** A single-quoted TypeScript string literal. */
export function quoteString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}
