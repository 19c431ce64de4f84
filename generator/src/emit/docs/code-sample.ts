/**
 * The TypeScript code samples (`x-codeSamples`) shown beside each operation. They are printed from the same
 * model fields the client emitter reads (`name`, `clientPath`, `params[].inputName`, `body`, `inputRenames`),
 * so a renamed method or input key changes the sample in the same run: the sample cannot drift from the client.
 */
import type { OperationModel, ParameterModel } from '../../model/types.js';

/** What the samples need to know about the generated package. */
export interface SampleOptions {
  /** npm name of the generated package, e.g. `braze-rest-client`. */
  packageName: string;
  /** The client factory the package exports, e.g. `createBrazeClient`. */
  clientFactory: string;
  /** Variable name of the facade in samples, e.g. `braze`. */
  clientVariable: string;
  /** Instance passed to the factory (the model's first instance), if the API has named instances. */
  instance?: string;
}

/**
 * The credentials a sample passes when the operation does not use the API key (SCIM: a token as the bearer
 * and a header scheme), as TypeScript expressions; absent means the REST key from `BRAZE_API_KEY`.
 */
export interface SampleAuth {
  /** Expression for `apiKey`, e.g. `'<ScimToken>'`. */
  apiKey: string;
  /** Header name → value expression. */
  headers: Record<string, string>;
}

/** One entry of OpenAPI's `x-codeSamples` extension. */
export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/** The labels of the two samples, in the order Redoc offers them (its `codeSamples.languages` option). */
export const SAMPLE_LABELS = { facade: 'TypeScript', standalone: 'TypeScript (standalone function)' } as const;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A TypeScript literal for `value` (JSON-compatible data), indented for nesting at `indent`. */
export function tsLiteral(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'string' ? quote(value) : value === undefined ? 'undefined' : JSON.stringify(value);
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => `${inner}${IDENTIFIER.test(k) ? k : quote(k)}: ${tsLiteral(v, inner)},`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** A value for a parameter: its example, else its default, else its first enum value, else a typed placeholder. */
export function sampleParamValue(param: ParameterModel): unknown {
  const schema = param.schema ?? {};
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return true;
  if (type === 'array') return [];
  return `<${param.name}>`;
}

/**
 * The operation's `input` object as the client takes it: required parameters (and optional ones with an
 * example), then the request example's top-level fields under their input names (or `body` when the body is
 * not a JSON object). Required body fields missing from the example get a `<field>` placeholder.
 */
export function sampleInput(op: OperationModel): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const p of op.params) {
    const hasExample = p.schema?.example !== undefined || Array.isArray(p.schema?.examples);
    if (p.required || hasExample) input[p.inputName] = sampleParamValue(p);
  }
  if (!op.body) return input;
  const example = op.examples.request;
  if (op.body.kind === 'other') {
    if (example !== undefined || op.body.required) input.body = example ?? `<body>`;
    return input;
  }
  // (Body fields are never renamed by flattening: their input keys are their names.)
  const given = example !== null && typeof example === 'object' ? (example as Record<string, unknown>) : {};
  for (const [field, value] of Object.entries(given)) input[field] = value;
  for (const field of op.body.requiredFields) if (!(field in input)) input[field] = `<${field}>`;
  return input;
}

function clientSetup(options: SampleOptions, auth: SampleAuth | undefined): string {
  const instance = options.instance ? `, instance: ${quote(options.instance)}` : '';
  if (!auth) return `${options.clientFactory}({ apiKey: process.env.BRAZE_API_KEY!${instance} })`;
  const headers = Object.entries(auth.headers).map(([name, value]) => `${IDENTIFIER.test(name) ? name : quote(name)}: ${value}`);
  const headersPart = headers.length > 0 ? `, headers: { ${headers.join(', ')} }` : '';
  return `${options.clientFactory}({ apiKey: ${auth.apiKey}${instance}${headersPart} })`;
}

/**
 * The two samples of an operation: the facade call (`braze.users.track(input)`) and the tree-shakable
 * standalone function (`usersTrack(client, input)`), both ending with the awaited result.
 */
export function codeSamples(op: OperationModel, options: SampleOptions, auth?: SampleAuth): CodeSample[] {
  const input = sampleInput(op);
  const arg = Object.keys(input).length > 0 ? tsLiteral(input) : '';
  const facade = [
    `import { ${options.clientFactory} } from '${options.packageName}';`,
    '',
    `const ${options.clientVariable} = ${clientSetup(options, auth)};`,
    '',
    `const result = await ${[options.clientVariable, ...op.clientPath].join('.')}(${arg});`,
  ].join('\n');
  const standalone = [
    `import { ${options.clientFactory}, ${op.name} } from '${options.packageName}';`,
    '',
    `const client = ${clientSetup(options, auth)};`,
    '',
    `const result = await ${op.name}(client${arg ? `, ${arg}` : ''});`,
  ].join('\n');
  return [
    { lang: 'TypeScript', label: SAMPLE_LABELS.facade, source: facade },
    { lang: 'TypeScript', label: SAMPLE_LABELS.standalone, source: standalone },
  ];
}
