/**
 * Settings of the docs page that the spec does not carry: how samples import the generated package, and the
 * API-wide facts the introduction states in words.
 */
import { DEFAULT_PACKAGE_OPTIONS } from '../package/index.js';

/** Options of the docs emitter. */
export interface DocsOptions {
  /** npm name of the generated package, imported by the code samples. */
  packageName: string;
  /** The client factory the package exports. */
  clientFactory: string;
  /** Variable name of the client facade in samples. */
  clientVariable: string;
  /** The rate limit of operations without `x-rate-limit`, in words. */
  defaultRateLimit: string;
}

/** The Braze defaults. */
export const DEFAULT_DOCS_OPTIONS: DocsOptions = {
  packageName: DEFAULT_PACKAGE_OPTIONS.name,
  clientFactory: 'createBrazeClient',
  clientVariable: 'braze',
  defaultRateLimit: '250,000 requests per hour per workspace',
};
