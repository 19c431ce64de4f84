// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/** Braze REST API 2027.0.0: typed client, permission constants and schema types. */

export * from './permissions.gen.js';
export * from './client.gen.js';
export type { paths, components, operations } from './schema.gen.js';
