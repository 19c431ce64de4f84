/**
 * Schema keywords of another OpenAPI version (or of none), as published descriptions carry them: read as
 * meant with a warning at their file and line, or refused with `--strict` (`src/load/repairs/`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatWarnings, runCli, WARNINGS_SHOWN } from '../src/cli.js';
import { generate, type GenerateResult } from '../src/generate.js';
import { loadSpec } from '../src/load/load-spec.js';
import { makeTempDir, snapshotTree } from './helpers/tree.js';
import { typeCheck } from './helpers/tsc.js';

const DIR = 'generator/test/fixtures/repairs';

/** `file:line: message` of each warning, sorted as the CLI prints them. */
const lines = (result: { warnings: GenerateResult['warnings'] }) =>
  result.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

describe('a 3.1 description with 3.0, 2019-09 and unknown schema keywords', () => {
  let out = '';
  let result: GenerateResult;
  let schema = '';

  beforeAll(async () => {
    out = join(makeTempDir('repairs'), 'generated');
    result = await generate({ specPath: `${DIR}/openapi.yaml`, outDir: out });
    schema = readFileSync(join(out, 'src/schema.gen.ts'), 'utf8');
  }, 120_000);

  it('warns once per keyword, at its own file and line (a referenced file included), saying how 3.1 writes it', () => {
    expect(lines(result)).toEqual([
      `${DIR}/openapi.yaml:32: \`nullable\` is OpenAPI 3.0; 3.1 writes \`type: ["string","null"]\``,
      `${DIR}/openapi.yaml:36: \`nullable\` is OpenAPI 3.0; 3.1 writes \`type: ["string","null"]\``,
      `${DIR}/openapi.yaml:41: \`nullable\` is OpenAPI 3.0; 3.1 writes \`anyOf: [<the schema>, {type: "null"}]\``,
      `${DIR}/openapi.yaml:44: \`nullable\` is OpenAPI 3.0 (and \`false\` is its default); 3.1 has no such keyword: ignored`,
      `${DIR}/openapi.yaml:48: a boolean \`exclusiveMinimum\` is OpenAPI 3.0; 3.1 writes \`exclusiveMinimum: 0\` (instead of \`minimum\`)`,
      `${DIR}/openapi.yaml:50: a boolean \`exclusiveMaximum\` is OpenAPI 3.0; as \`false\` it has no effect: ignored`,
      `${DIR}/openapi.yaml:55: \`min_items\` is not a schema keyword in OpenAPI 3.1 (\`minItems\`?): left as it is`,
      `${DIR}/openapi.yaml:56: \`optional\` is not a schema keyword in OpenAPI 3.1: left as it is`,
      `${DIR}/openapi.yaml:61: \`nullable\` is OpenAPI 3.0; 3.1 writes \`anyOf: [<the schema>, {type: "null"}]\``,
      `${DIR}/openapi.yaml:64: \`nullable\` is OpenAPI 3.0; 3.1 writes \`anyOf: [<the schema>, {type: "null"}]\``,
      `${DIR}/openapi.yaml:72: \`$recursiveAnchor\` is JSON Schema 2019-09, which OpenAPI does not use: a \`$recursiveRef: "#"\` written inside this schema is read as a \`$ref\` to it`,
      `${DIR}/openapi.yaml:84: \`$recursiveRef\` is JSON Schema 2019-09, which OpenAPI does not use: read as \`$ref: "#/components/schemas/CompoundFilter"\``,
      `${DIR}/schemas.yaml:7: \`nullable\` is OpenAPI 3.0; 3.1 writes \`type: ["integer","null"]\``,
    ]);
  });

  it('types each repaired schema as its author meant', () => {
    expect(schema).toMatch(/label\?: string \| null;/);
    expect(schema).toMatch(/tier\?: "gold" \| "silver" \| null;/);
    expect(schema).toMatch(/owner\?: components\["schemas"\]\["Owner"\] \| null;/);
    expect(schema).toMatch(/quiet\?: boolean;/);
    expect(schema).toMatch(/filters: \(string \| components\["schemas"\]\["CompoundFilter"\]\)\[\];/);
    expect(schema).toMatch(/count: number \| null;/);
    // Beside a `$ref`, at each of two references to one schema.
    expect(schema).toMatch(/manager\?: components\["schemas"\]\["Owner"\] \| null;/);
    expect(schema).toMatch(/deputy\?: components\["schemas"\]\["Owner"\] \| null;/);
  });

  it('generates a package that compiles with tsc --strict', () => {
    const { status, output } = typeCheck(out, ['src/**/*.ts']);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 120_000);
});

describe('the repaired document', () => {
  it('holds the 3.1 forms: bounds, type lists, enum with null, anyOf, and a $ref for the $recursiveRef', async () => {
    const { bundled } = await loadSpec(`${DIR}/openapi.yaml`);
    const schemas = (bundled.components as { schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> }).schemas;
    const search = schemas.Search!.properties;
    expect(search.rate).toEqual({ type: 'number', exclusiveMinimum: 0, maximum: 1 });
    expect(search.tier).toEqual({ type: ['string', 'null'], enum: ['gold', 'silver', null] });
    expect(search.owner).toEqual({ description: 'Who owns it, if anyone.', anyOf: [{ allOf: [{ $ref: '#/components/schemas/Owner' }] }, { type: 'null' }] });
    expect(search.quiet).toEqual({ type: 'boolean' });
    expect(schemas.CompoundFilter).not.toHaveProperty('$recursiveAnchor');
    expect(schemas.CompoundFilter!.properties.filters).toEqual({ type: 'array', items: { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/CompoundFilter' }] } });
  });

  it('reads a 3.0 description\'s 3.1 keywords as 3.0 writes them', async () => {
    const loaded = await loadSpec(`${DIR}/openapi-3.0.yaml`);
    const thing = (loaded.bundled.components as { schemas: { Thing: { properties: Record<string, unknown> } } }).schemas.Thing.properties;
    expect(thing.name).toEqual({ type: 'string', nullable: true });
    expect(thing.size).toEqual({ type: 'integer', minimum: 0, exclusiveMinimum: true });
    expect(thing.code).toEqual({ anyOf: [{ type: 'string' }, { type: 'integer' }] });
    expect(lines(loaded)).toEqual([
      `${DIR}/openapi-3.0.yaml:26: a list of types is OpenAPI 3.1; 3.0 writes \`type: string\` with \`nullable: true\``,
      `${DIR}/openapi-3.0.yaml:29: a numeric \`exclusiveMinimum\` is OpenAPI 3.1; 3.0 writes \`minimum: 0\` with \`exclusiveMinimum: true\``,
      `${DIR}/openapi-3.0.yaml:31: a list of types is OpenAPI 3.1; 3.0 writes \`anyOf\` with one schema per type`,
      `${DIR}/openapi-3.0.yaml:34: \`requried\` is not a schema keyword in OpenAPI 3.0 (\`required\`?): left as it is`,
    ]);
  });

  it('keeps a typeless 3.1 schema in place and wraps only composed ones; pointers into either still resolve', async () => {
    const loaded = await loadSpec(`${DIR}/review.yaml`);
    const pet = (loaded.bundled.components as { schemas: Record<string, Record<string, any>> }).schemas.Pet!;
    expect(pet.type).toEqual(['object', 'null']);
    expect(pet.properties.name).toEqual({ type: 'string' });
    expect(pet.properties.tags).toEqual({ type: ['array', 'null'], items: { type: 'string' } });
    expect(pet.properties.owner).toEqual({ anyOf: [{ type: 'object', allOf: [{ $ref: '#/components/schemas/Owner' }] }, { type: 'null' }] });
    expect(pet.properties.kind).toEqual({ anyOf: [{ const: 'cat' }, { type: 'null' }] });
    expect(pet.properties.size).toEqual({ enum: ['s', 'm', null] });
    expect(loaded.warnings.map((w) => w.line)).toEqual([34, 37, 42, 43, 44, 47]);
    // Pointers written through the wrapped schema name what its author saw: now under `anyOf[0]`.
    const named = (loaded.bundled.components as { schemas: Record<string, Record<string, any>> }).schemas.Named!;
    expect(Object.keys(named)).toEqual(['description', 'anyOf']);
    const params = (loaded.bundled.paths as any)['/pets'].get.parameters.map((p: { schema: unknown }) => p.schema);
    expect(params).toEqual([{ type: 'string' }, { type: 'string', minLength: 2 }, { $ref: '#/components/schemas/Owner' }]);
    const out = join(makeTempDir('repairs-review'), 'generated');
    await generate({ specPath: `${DIR}/review.yaml`, outDir: out });
    const { output } = typeCheck(out, ['src/**/*.ts']);
    expect(output).toBe('');
  }, 120_000);

  it('reads a 3.0 type list beside an anyOf, a null-only list, an enum without null and two bounds', async () => {
    const loaded = await loadSpec(`${DIR}/review-3.0.yaml`);
    const thing = (loaded.bundled.components as { schemas: { Thing: { properties: Record<string, unknown> } } }).schemas.Thing.properties;
    expect(thing.either).toEqual({
      anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'string' }],
      allOf: [{ anyOf: [{ type: 'object' }, { type: 'string' }] }],
    });
    expect(thing.nothing).toEqual({ enum: [null], nullable: true });
    expect(thing.level).toEqual({ type: 'string', enum: ['low', 'high'] });
    expect(thing.above).toEqual({ type: 'integer', minimum: 10, exclusiveMinimum: false });
    expect(thing.below).toEqual({ type: 'integer', maximum: 5, exclusiveMaximum: true });
  });

  it('leaves the Braze description without a warning (its own lint also refuses these keywords)', async () => {
    expect((await loadSpec('spec/openapi.yaml')).warnings).toEqual([]);
  }, 60_000);
});

describe('slips outside schemas', () => {
  it('are read as meant, each with a warning at its line', async () => {
    const loaded = await loadSpec(`${DIR}/objects.yaml`);
    expect(lines(loaded)).toEqual([
      `${DIR}/objects.yaml:14: \`description\` is null, where text goes: read as absent`,
      `${DIR}/objects.yaml:19: parameter \`id\` (in path) is listed twice, alike but for documentation: read once, as first listed`,
      `${DIR}/objects.yaml:29: \`summary\` is null, where text goes: read as absent`,
      `${DIR}/objects.yaml:32: parameter \`X-Client\` (in header) is listed twice, alike but for documentation: read once, as first listed`,
      `${DIR}/objects.yaml:38: a response needs a \`description\`: read as empty`,
      `${DIR}/objects.yaml:47: \`job\` is a variable of the path \`/exports/{job}/{part}\`, but its parameter is declared \`in: query\`: read as \`in: path\``,
      `${DIR}/objects.yaml:89: the discriminator maps \`raw\` to \`#/components/schemas/RawPage\`, which does not exist: that entry is left out`,
    ]);
    const doc = loaded.bundled as { tags: { externalDocs: object }[]; paths: Record<string, Record<string, any>>; components: { schemas: Record<string, any> } };
    expect(doc.tags[0]!.externalDocs).toEqual({ url: 'https://example.com/pages' });
    const item = doc.paths['/pages/{id}']!;
    expect(item.parameters).toEqual([{ $ref: '#/components/parameters/Id' }]);
    expect(item.get.parameters).toEqual([{ $ref: '#/components/parameters/Client' }]);
    expect(item.get).not.toHaveProperty('summary');
    expect(item.get.responses['200'].description).toBe('');
    expect(doc.components.schemas.Page.discriminator.mapping).toEqual({ blocks: '#/components/schemas/Blocks' });
    // In the path, required, without the query-only style and allowEmptyValue; the declared path one untouched.
    expect(doc.paths['/exports/{job}/{part}']!.get.parameters).toEqual([
      { name: 'job', in: 'path', required: true, description: 'The export job.', schema: { type: 'string' } },
      { name: 'part', in: 'path', required: true, schema: { type: 'string' } },
    ]);
  });

  it('generate a client with one input per parameter', async () => {
    const out = join(makeTempDir('repairs-objects'), 'generated');
    const { model } = await generate({ specPath: `${DIR}/objects.yaml`, outDir: out });
    const params = Object.fromEntries(model.operations.map((op) => [op.operationId, op.params.map((p) => `${p.in}:${p.name}`)]));
    expect(params).toEqual({ pageGet: ['path:id', 'header:X-Client'], exportGet: ['path:job', 'path:part'] });
  }, 60_000);
});

describe('the command line', () => {
  afterEach(() => vi.restoreAllMocks());

  function capture(): { errors: string[] } {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((text: unknown) => void errors.push(String(text)));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    return { errors };
  }

  it('prints the warnings on stderr and generates', async () => {
    const { errors } = capture();
    const out = join(makeTempDir('repairs-cli'), 'generated');
    expect(await runCli(['--spec', `${DIR}/openapi-3.0.yaml`, '--out', out])).toBe(0);
    const text = errors.join('\n');
    expect(text).toContain(`warning: ${DIR}/openapi-3.0.yaml:29: a numeric \`exclusiveMinimum\` is OpenAPI 3.1`);
    expect(text).toMatch(/warning: 4 slips in the description were read as their messages say; --strict refuses them/);
    expect(snapshotTree(out)['src/index.ts']).toBeDefined();
  }, 60_000);

  it('with --strict, refuses them as errors at the same lines and leaves the output folder as it was', async () => {
    const { errors } = capture();
    const out = makeTempDir('repairs-strict');
    const before = snapshotTree(out);
    expect(await runCli(['--spec', `${DIR}/openapi.yaml`, '--out', out, '--strict'])).toBe(1);
    const text = errors.join('\n');
    expect(text).toMatch(/^Invalid spec:/);
    expect(text).toContain(`${DIR}/openapi.yaml:32: \`nullable\` is OpenAPI 3.0`);
    expect(text).toContain(`${DIR}/schemas.yaml:7: \`nullable\` is OpenAPI 3.0`);
    // A refusal does not say how the slip would have been read.
    expect(text).toContain(`${DIR}/openapi.yaml:56: \`optional\` is not a schema keyword in OpenAPI 3.1\n`);
    expect(text).not.toContain('warning:');
    expect(snapshotTree(out)).toEqual(before);
  }, 60_000);

  it.each([
    ['the model', 'refused-in-model.yaml', 21, 16, /x-pagination\.style must be page, offset or cursor/],
    ['validation', 'refused-in-lint.yaml', 20, 23, /Can't resolve \$ref "#\/components\/schemas\/Missing"/],
  ])('still prints the warnings when %s refuses the description for something else', async (_stage, file, slip, line, problem) => {
    const { errors } = capture();
    const out = makeTempDir('repairs-refused');
    const before = snapshotTree(out);
    expect(await runCli(['--spec', `${DIR}/${file}`, '--out', out])).toBe(1);
    const text = errors.join('\n');
    expect(text).toContain(`warning: ${DIR}/${file}:${slip}: \`nullable\` is OpenAPI 3.0`);
    expect(text).toMatch(/warning: one slip in the description was read as its message says/);
    const refusal = text.slice(text.indexOf('Invalid spec:'));
    expect(refusal).toContain(`${DIR}/${file}:${line}: `);
    expect(refusal).toMatch(problem);
    expect(refusal).not.toContain('warning:');
    expect(snapshotTree(out)).toEqual(before);
  }, 60_000);

  it(`shows the first ${WARNINGS_SHOWN} warnings one per line and counts the rest`, () => {
    const many = Array.from({ length: WARNINGS_SHOWN + 5 }, (_, i) => ({ file: 'a.yaml', line: i + 1, message: `m${i + 1}` }));
    const text = formatWarnings(many).split('\n');
    expect(text).toHaveLength(WARNINGS_SHOWN + 2);
    expect(text[0]).toBe('warning: a.yaml:1: m1');
    expect(text[WARNINGS_SHOWN]).toBe('warning: … and 5 more like these');
    expect(formatWarnings([{ file: 'a.yaml', line: 3, message: 'm' }]).split('\n')[1]).toMatch(/^warning: one slip in the description was read as its message says/);
  });
});
