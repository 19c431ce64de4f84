/** Types of `launch.mjs` (plain JavaScript: it is what runs before TypeScript can be loaded). */

/** The bundle's key (a hash of every file under `src`, the installed packages, esbuild's version) and those files. */
export declare function bundleKey(src?: string, root?: string): { key: string; sources: Set<string> };

/** Bundles `cli.ts` (as CommonJS) into `file`; refuses a bundle that includes a source file not in `sources`. */
export declare function buildBundle(file: string, sources: Set<string>): Promise<void>;

/** The CLI's `runCli`, from the cached bundle (built when missing), or through tsx when it cannot be built. */
export declare function loadCli(): Promise<(argv: string[], before?: Record<string, number>) => Promise<number>>;
