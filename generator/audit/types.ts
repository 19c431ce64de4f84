/**
 * The records the audit's stages pass along: a use of an operation at a place in the code, a finding (what it
 * could not resolve, with a stable code), and a client created in the code with the permissions it declares.
 * Places are relative to the project root with `/` separators and 1-based lines and columns, as editors,
 * SARIF and GitHub annotations count them.
 */

/** A place in the project. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/** One reference to an operation: a call, or the function taken as a value to be called elsewhere. */
export interface Use extends Place {
  operation: string;
  /** The client the call goes through, when the code shows it (`file:line:column` of its creation). */
  client?: string;
}

/** Stable codes of what the audit cannot resolve (documented in the package README). */
export type FindingCode =
  | 'dynamic-access' // braze[name] with a key that is not a literal or a union of literals
  | 'cast' // the client cast to any, unknown or a type without its operations
  | 'type-lost' // the client passed or assigned where its type is lost
  | 'unknown-acknowledgement' // an audit comment or config entry naming no permission of the API
  | 'unknown-permission' // a client's declared permissions name one the API does not have
  | 'permissions-not-literal' // a client's permissions are not typed as a finite set of literals (string[])
  | 'unused-acknowledgement' // a config entry that matches no finding (a warning, never unresolved)
  | 'package-not-resolved' // an import of the package that does not resolve
  | 'package-untagged' // the package resolves, but its declarations carry no audit tags
  | 'javascript-skipped'; // JavaScript files the tsconfig matches but TypeScript does not read (no allowJs)

/** Something the audit could not resolve: reported, never silently dropped. */
export interface Finding extends Place {
  code: FindingCode;
  message: string;
}

/** A permission acknowledged for a finding, by an inline comment or a config entry. */
export interface Acknowledgement extends Place {
  code: FindingCode;
  permissions: string[];
  /** `comment` or the config file's path. */
  source: string;
}

/** A client created in the code (`createBrazeClient({ permissions: [...] })`). */
export interface ClientSite extends Place {
  /** `file:line:column`, the key uses refer to. */
  id: string;
  /** The literal permissions it declares; `undefined` when none are declared or they cannot be read. */
  permissions?: string[];
  /** Set when `permissions` is given but its type is not a finite set of literals: where, and the type. */
  unreadable?: Place & { type: string };
}
