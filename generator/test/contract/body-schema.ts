/**
 * Request bodies checked against their schema with the validator Prism itself runs (its ajv, with its
 * options). Prism compiles a body schema after dereferencing the whole document; a schema that refers to
 * itself (`ConnectedAudience` nests through `AND`/`OR`) cannot be compiled that way, and Prism then skips the
 * body without a word: for the operations using it a passing Prism call says nothing about the body. Compiling
 * from the bundled document's `$ref`s instead keeps the recursion, so every body is really checked.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

type Json = Record<string, unknown>;
interface AjvError { instancePath: string; message?: string; params?: Record<string, unknown> }
interface ValidateFn { (data: unknown): boolean; errors?: AjvError[] | null }
interface AjvInstance { addSchema(schema: object, key?: string): AjvInstance; getSchema(ref: string): ValidateFn | undefined }

const PRISM_HTTP = resolve(import.meta.dirname, '../../../node_modules/@stoplight/prism-http/package.json');

/** JSON-pointer escaping of one segment. */
const pointer = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** A checker of JSON request bodies for `doc` (the bundled spec): the messages of the errors, `[]` when valid. */
export function bodyChecker(doc: Json): (path: string, method: string, body: unknown) => string[] {
  const prismRequire = createRequire(PRISM_HTTP);
  const Ajv = (prismRequire('ajv') as { default: new (o: object) => AjvInstance }).default;
  const addFormats = (prismRequire('ajv-formats') as { default: (a: AjvInstance) => void }).default;
  // Prism's options for request bodies (validator/validators/utils.js): no type coercion.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, allowMatchingProperties: true, strict: false, coerceTypes: false, logger: false });
  addFormats(ajv);
  ajv.addSchema(doc, 'spec');
  return (path, method, body) => {
    const validate = ajv.getSchema(`spec#/paths/${pointer(path)}/${method}/requestBody/content/application~1json/schema`);
    if (!validate) throw new Error(`no JSON request body schema for ${method.toUpperCase()} ${path}`);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params ?? {})}`);
  };
}
