/** Types of `redoc-build-docs.mjs` (plain JavaScript: it runs in a worker thread without a TypeScript loader). */

/** The renderer could not be located or loaded; the CLI in a child process still works. */
export declare class RedocUnavailableError extends Error {
  constructor(message: string);
}

/** Where the CLI keeps the build-docs chunk: the file its `build-docs` command imports. */
export declare function locateBuildDocsChunk(): { version: string; chunkPath: string };

/** The name of the chunk's renderer function; throws `RedocUnavailableError` when the chunk is not as expected. */
export declare function rendererName(source: string): string;

/** The chunk and everything it imports as one CommonJS module exporting the renderer (the bundle's text). */
export declare function bundleRenderer(chunkPath: string): Promise<string>;

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

/** Loads the renderer, bundling it into the build cache first when it is not there yet. */
export declare function loadPrerender(): Promise<Prerender>;
