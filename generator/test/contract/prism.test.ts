/**
 * Contract tests: every operation of the spec is called through the generated client, with its spec
 * example, against Prism running as a validating mock of the bundled spec. Prism answers an invalid request
 * (wrong path, parameter, header, body or security) with an error and an `sl-violations` header, so a pass
 * means the client serialises each operation exactly as the spec describes, and parses what comes back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage, freshGeneratedEntry, modelOf } from '../../src/emit/client/test/emit-package.js';
import type { ApiModel, OperationModel } from '../../src/model/types.js';
import { exampleInput } from './inputs.js';
import { startPrism, type PrismMock } from './prism.js';

const ROOT = resolve(import.meta.dirname, '../../..');

interface ApiResult { data: unknown; status: number; headers: Record<string, string> }
type OperationFn = (client: unknown, input: unknown, options: unknown) => Promise<ApiResult>;
interface ClientModule { createClient(options: object): unknown; [name: string]: unknown }

const model: ApiModel = await modelOf('spec/openapi.yaml');
let tmp: string;
let prism: PrismMock;
let mod: ClientModule;
let client: unknown;
let document: Record<string, unknown>;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'contract-'));
  const bundled = join(tmp, 'openapi.json');
  execFileSync(join(ROOT, 'node_modules/.bin/redocly'), ['bundle', join(ROOT, 'spec/openapi.yaml'), '-o', bundled], { stdio: 'pipe' });
  document = JSON.parse((await import('node:fs')).readFileSync(bundled, 'utf8')) as Record<string, unknown>;
  // The generated package when it is up to date with the emitter, else a fresh emission of it.
  const entry = (await freshGeneratedEntry(model)) ?? join(await emitPackage(model), 'src/index.ts');
  [prism, mod] = await Promise.all([startPrism(bundled), import(entry) as Promise<ClientModule>]);
  client = mod.createClient({ apiKey: 'contract-test-key', baseUrl: prism.baseUrl, maxRetries: 0, headers: { 'X-Request-Origin': 'example.com' } });
}, 180_000);

afterAll(async () => {
  await prism?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

async function call(op: OperationModel): Promise<ApiResult> {
  const fn = mod[op.name] as OperationFn | undefined;
  if (typeof fn !== 'function') throw new Error(`the client exports no function ${op.name}`);
  try {
    return await fn(client, exampleInput(document, op), { withResponse: true });
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
  it('covers all operations', () => {
    expect(model.operations.length).toBeGreaterThanOrEqual(128);
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
