/**
 * Contract tests: every operation of the spec is called through the generated client, with its spec
 * example, against Prism running as a validating mock of the bundled spec. Prism answers an invalid request
 * (wrong path, parameter, header, body or security) with an error and an `sl-violations` header, so a pass
 * means the client serialises each operation exactly as the spec describes, and parses what comes back.
 * Then every named request example (the documented variants of a request) is sent the same way, and the body
 * the client put on the wire is also checked with Prism's validator directly, because Prism silently skips
 * bodies whose schema is recursive (see body-schema.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage, freshGeneratedEntry } from '../../src/emit/client/test/emit-package.js';
import { loadSpec } from '../../src/load/load-spec.js';
import { buildModel } from '../../src/model/build-model.js';
import type { ApiModel, OperationModel } from '../../src/model/types.js';
import { bodyChecker } from './body-schema.js';
import { exampleInput, requestExamples } from './inputs.js';
import { startPrism, type PrismMock } from './prism.js';

const ROOT = resolve(import.meta.dirname, '../../..');

interface ApiResult { data: unknown; status: number; headers: Record<string, string> }
type OperationFn = (client: unknown, input: unknown, options: unknown) => Promise<ApiResult>;
interface ClientModule { createClient(options: object): unknown; [name: string]: unknown }

const loaded = await loadSpec(resolve(ROOT, 'spec/openapi.yaml'));
const model: ApiModel = buildModel(loaded.bundled, loaded.sourceMap, loaded.specPath);
let tmp: string;
let prism: PrismMock;
let mod: ClientModule;
let client: unknown;
let document: Record<string, unknown>;
/** A client whose requests go through `fetch`, recording the body of the last one. */
let recording: unknown;
let lastBody: string | undefined;
let checkBody: ReturnType<typeof bodyChecker>;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'contract-'));
  const bundled = join(tmp, 'openapi.json');
  execFileSync(join(ROOT, 'node_modules/.bin/redocly'), ['bundle', join(ROOT, 'spec/openapi.yaml'), '-o', bundled], { stdio: 'pipe' });
  document = JSON.parse((await import('node:fs')).readFileSync(bundled, 'utf8')) as Record<string, unknown>;
  // The generated package when it is up to date with the emitter, else a fresh emission of it.
  const entry = (await freshGeneratedEntry(model)) ?? join(await emitPackage(model), 'src/index.ts');
  [prism, mod] = await Promise.all([startPrism(bundled), import(entry) as Promise<ClientModule>]);
  client = mod.createClient({ apiKey: 'contract-test-key', baseUrl: prism.baseUrl, maxRetries: 0, headers: { 'X-Request-Origin': 'example.com' } });
  const record: typeof fetch = async (url, init) => {
    lastBody = typeof init?.body === 'string' ? init.body : undefined;
    return fetch(url, init);
  };
  recording = mod.createClient({ apiKey: 'contract-test-key', baseUrl: prism.baseUrl, maxRetries: 0, headers: { 'X-Request-Origin': 'example.com' }, fetch: record });
  checkBody = bodyChecker(document);
}, 180_000);

afterAll(async () => {
  await prism?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

async function call(op: OperationModel, input: unknown = exampleInput(document, op), via: unknown = client): Promise<ApiResult> {
  const fn = mod[op.name] as OperationFn | undefined;
  if (typeof fn !== 'function') throw new Error(`the client exports no function ${op.name}`);
  try {
    return await fn(via, input, { withResponse: true });
  } catch (e) {
    const err = e as { status?: number; headers?: Record<string, string>; body?: unknown; message: string };
    throw new Error(`${op.operationId}: ${err.message}\nviolations: ${err.headers?.['sl-violations'] ?? 'none'}\nbody: ${JSON.stringify(err.body)}`);
  }
}

describe('Prism as a validator', () => {
  it('rejects a request that breaks the spec, so passing calls prove valid requests', async () => {
    const track = mod.usersTrack as OperationFn;
    const err = await track(client, { attributes: 'not-an-array' }, {}).catch((e: unknown) => e) as { status?: number; headers?: Record<string, string> };
    expect([400, 422]).toContain(err.status);
    expect(err.headers?.['sl-violations']).toMatch(/attributes/);
  });
});

describe('every operation against Prism (--errors)', () => {
  it('covers all operations: one test per operation of the bundled spec', () => {
    const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
    const inSpec = Object.values(document.paths as Record<string, Record<string, unknown>>)
      .flatMap((item) => Object.keys(item).filter((key) => methods.has(key)));
    expect(inSpec.length).toBeGreaterThan(0);
    expect(model.operations.length).toBe(inSpec.length);
  });
  it.each(model.operations.map((op) => [op.operationId, op] as const))('%s', async (_, op) => {
    const res = await call(op);
    expect(res.headers['sl-violations']).toBeUndefined();
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(300);
    const success = op.responses.find((r) => r.status === String(res.status));
    if (success?.hasBody && success.contentType?.includes('json')) expect(typeof res.data).toBe('object');
  });
});

/** Every named request example of every operation with a JSON body: [label, operation, example body]. */
const NAMED: [string, OperationModel, unknown][] = model.operations
  .filter((op) => op.body?.contentType.includes('json'))
  .flatMap((op) => requestExamples(loaded.bundled, op).map((ex) => [`${op.operationId} ${ex.name}`, op, ex.value] as [string, OperationModel, unknown]));

describe('request bodies are checked beyond Prism', () => {
  it('catches a wrong body that Prism lets through (a recursive schema it cannot compile)', async () => {
    const send = model.operations.find((op) => op.operationId === 'messagesSend')!;
    const res = await call(send, { broadcast: 'false', external_user_ids: 'user_1' }, recording);
    expect(res.status).toBe(200); // Prism skipped the body: without the check below this would pass.
    expect(checkBody(send.path, send.method, JSON.parse(lastBody ?? 'null')).join('\n')).toMatch(/broadcast[\s\S]*external_user_ids/);
  });
});

describe('every named request example against Prism (--errors)', () => {
  it('covers every operation with a JSON body and the documented variants', () => {
    const ops = new Set(NAMED.map(([, op]) => op.operationId));
    expect(ops.size).toBe(model.operations.filter((op) => op.body?.contentType.includes('json')).length);
    expect(NAMED.length).toBeGreaterThan(ops.size);
  });
  it.each(NAMED)('%s', async (_, op, value) => {
    lastBody = undefined;
    const res = await call(op, exampleInput(document, op, value), recording);
    expect(res.headers['sl-violations']).toBeUndefined();
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(300);
    expect(lastBody, 'the client sent no body').toBeDefined();
    expect(checkBody(op.path, op.method, JSON.parse(lastBody!))).toEqual([]);
  });
});
