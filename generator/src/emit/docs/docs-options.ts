/**
 * Settings of the docs page that the spec does not carry: the names the code samples use. (The package name
 * and the API-wide default rate limit come from the spec, through the model.)
 */

/** Options of the docs emitter. */
export interface DocsOptions {
  /** The client factory the package exports. */
  clientFactory: string;
  /** Variable name of the client facade in samples. */
  clientVariable: string;
}

/** The generated package's names. */
export const DEFAULT_DOCS_OPTIONS: DocsOptions = {
  clientFactory: 'createBrazeClient',
  clientVariable: 'braze',
};
