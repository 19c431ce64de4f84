/** Types of `redoc-build-docs.mjs` (plain JavaScript: it runs in a worker thread without a TypeScript loader). */

/** The renderer could not be located or loaded; the CLI in a child process still works. */
export declare class RedocUnavailableError extends Error {
  constructor(message: string);
}

/** Where the CLI keeps the build-docs chunk: the file its `build-docs` command imports. */
export declare function locateBuildDocsChunk(): { version: string; chunkPath: string };

/** The chunk's source, rewritten to run from anywhere and to export the renderer. */
export declare function patchChunk(source: string, chunkUrl: string): string;

/** Redocly's build-docs renderer: the page for `definition`, through the template file `templateFileName`. */
export type Prerender = (
  definition: object,
  options: {
    templateFileName: string;
    redocOptions: object;
    redocVersion: string;
    disableTelemetry: boolean;
    inlineBundle: boolean;
    title?: string;
    templateOptions?: object;
  },
  configPath?: string,
) => Promise<string>;

/** Imports the renderer, writing the patched copy to the build cache first when it is not there yet. */
export declare function loadPrerender(): Promise<Prerender>;
