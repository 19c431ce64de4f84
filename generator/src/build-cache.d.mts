/** Types of `build-cache.mjs` (plain JavaScript: the launcher runs it before TypeScript can be loaded). */

/** `node_modules/.cache/braze-generator/` of this checkout, created on demand. */
export declare function cacheDir(): string;

/** Writes `contents` to `path` through a temporary file and a rename. */
export declare function writeFileAtomic(path: string, contents: string | Uint8Array): void;

/** Hex SHA-256 of the parts, each length-prefixed. */
export declare function hashParts(parts: Array<string | Uint8Array>): string;

/** The version of an installed package of this checkout, or `''`. */
export declare function installedVersion(name: string): string;

/** `text` (the file at `path`) with its own `import.meta.url`, `.dirname` and `.filename` written in, for a bundle. */
export declare function withOwnImportMeta(esbuild: typeof import('esbuild'), text: string, path: string, loader?: 'js' | 'ts'): Promise<string>;
