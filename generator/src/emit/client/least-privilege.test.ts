/**
 * Type tests of the generated Braze client, checked by `tsc --strict` on the real emitted output: a client
 * created with `permissions` only types the operations they allow (facade and standalone), inputs and
 * results are typed from the schema, and every `@ts-expect-error` below must still be an error (an unused
 * one fails the check too, so both directions are proven).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage, modelOf, typeCheck } from './test/emit-package.js';

const USAGE = `
import {
  createBrazeClient, createClient, usersTrack, messagesSend, catalogsItemsListAll, scimUsersGet, BrazePermissionError,
  deviceMessagingBannersSync,
  BrazeApiError, BrazeError, BrazeNotFoundError, BrazeConnectionError, BrazeTimeoutError, BrazeRateLimitError,
  recordOperations, permissionsFor,
  type UsersTrackResponse, type CatalogsItemsListResponse, type RequestOptions, type ApiResponse, type Permission, type BrazeClient,
} from './index.js';

export async function usage(): Promise<void> {
  const braze = createBrazeClient({ apiKey: 'k', instance: 'US-01', permissions: ['users.track'] });
  const tracked: UsersTrackResponse = await braze.users.track({ events: [{ external_id: 'u1', name: 'played', time: '2024-01-02T03:04:05Z' }] });
  void tracked;
  // @ts-expect-error messages.send needs messages.send, which this client does not hold
  void braze.messages.send({ broadcast: true });
  // @ts-expect-error whole groups the key cannot use have no methods
  void braze.catalogs.items.list({ catalog_name: 'c' });
  // @ts-expect-error SCIM needs a SCIM token: a client declared with key permissions never offers it
  void braze.scim.users.get({ id: 'u' });

  const core = createClient({ apiKey: 'k', instance: 'EU-01', permissions: ['users.track'] as const });
  void usersTrack(core, {});
  // @ts-expect-error standalone functions demand a client holding their permission
  void messagesSend(core, { broadcast: true });
  // @ts-expect-error a standalone SCIM function refuses a client declared with key permissions, as the facade does
  void scimUsersGet(core, { id: 'u' });
  // @ts-expect-error the same with the facade's client
  void scimUsersGet(braze, { id: 'u' });

  const banner = { external_user_id: 'u', app_id: 'a', app_version: '1.0.0', placements: ['home'] };
  // @ts-expect-error the Device Messaging API takes a client-side key: a client declared with REST permissions never offers it
  void braze.deviceMessaging.banners.sync(banner);
  // @ts-expect-error the standalone function refuses such a client too
  void deviceMessagingBannersSync(core, banner);
  // @ts-expect-error banners.sync is the client-side key's own permission, never one a REST-key client can declare
  createBrazeClient({ apiKey: 'k', permissions: ['banners.sync'] });
  const clientSide = createBrazeClient({ apiKey: 'client-side-key', instance: 'KR-01' });
  void clientSide.deviceMessaging.banners.sync(banner);
  void deviceMessagingBannersSync(clientSide, banner);

  const full = createBrazeClient({ apiKey: 'k', instance: 'US-01' });
  void full.scim.users.get({ id: 'u' });
  void scimUsersGet(full, { id: 'u' });
  void full.messages.send({ broadcast: true, segment_id: 's' });
  void messagesSend(full, { broadcast: true });
  // @ts-expect-error fields are typed from the schema
  void full.users.track({ attributes: 5 });
  // @ts-expect-error unknown fields are refused
  void full.messages.send({ broadcast: true, not_a_field: 1 });
  // @ts-expect-error required path parameters are required
  void full.catalogs.items.list({});
  const withRes = await full.catalogs.items.list({ catalog_name: 'c' }, { withResponse: true });
  const status: number = withRes.status;
  const page: CatalogsItemsListResponse = withRes.data;
  const remaining: number | undefined = withRes.rateLimit.remaining;
  void [status, page, remaining];
  for await (const item of full.catalogs.items.list.all({ catalog_name: 'c' })) {
    const one: NonNullable<CatalogsItemsListResponse['items']>[number] = item;
    void one;
  }
  for await (const item of catalogsItemsListAll(full, { catalog_name: 'c' })) void item;
  // @ts-expect-error .all needs the same required input
  void full.catalogs.items.list.all();

  // A function of yours that needs users.track takes any client that holds it: one declared with it and more, the
  // default one (every permission); not one without it.
  const tracker = (client: BrazeClient<'users.track'>) => client.users.track({});
  void tracker(braze);
  void tracker(full);
  void tracker(createBrazeClient({ apiKey: 'k', permissions: ['users.track', 'users.delete'] }));
  // @ts-expect-error a client without users.track is refused
  void tracker(createBrazeClient({ apiKey: 'k', permissions: ['users.delete'] }));
  // @ts-expect-error and what users.track alone does not allow stays out of reach through the parameter
  const deleter = (client: BrazeClient<'users.track'>) => client.users.delete({ external_ids: ['u'] });
  void deleter;

  // @ts-expect-error unknown instances are refused
  createBrazeClient({ apiKey: 'k', instance: 'XX-01' });
  // @ts-expect-error unknown permission names are refused
  createBrazeClient({ apiKey: 'k', permissions: ['users.trak'] });
  const e: unknown = undefined;
  if (e instanceof BrazePermissionError) void e.missingPermissions;

  // Options whose withResponse the compiler cannot know give either shape.
  const opts: RequestOptions = { withResponse: true };
  const either = await full.users.track({}, opts);
  // @ts-expect-error it may be the ApiResponse wrapper, so the body's fields are not certain
  void either.message;
  const known: UsersTrackResponse | ApiResponse<UsersTrackResponse> = either;
  const plain: UsersTrackResponse = await full.users.track({}, { withResponse: false, timeoutMs: 1 });
  void [known, plain];
}

// recordOperations' documented use (package README): what a client sent goes straight into permissionsFor.
export function recorded(): Permission[] {
  const sent = recordOperations(createBrazeClient({ apiKey: 'k', baseUrl: 'https://rest.example.com' }));
  void recordOperations(createBrazeClient({ apiKey: 'k', permissions: ['users.track'] }));
  // @ts-expect-error the set holds this API's operationIds, not any string
  void sent.has('users.track');
  return permissionsFor([...sent]);
}

// Error subclasses narrow both ways: ruling one out keeps the parent's type (not never).
export function statusUnlessMissing(err: unknown): number | null {
  if (!(err instanceof BrazeApiError)) throw err;
  if (err instanceof BrazeNotFoundError) return null;
  return err.status;
}
export function classify(e: BrazeError): string {
  if (e instanceof BrazeTimeoutError) return 'timeout';
  if (e instanceof BrazeConnectionError) return 'connection';
  return e.message;
}
export const timeoutIsConnection: BrazeConnectionError = new BrazeTimeoutError('t');
// @ts-expect-error any API error is not a rate-limit error
export const notRateLimit: BrazeRateLimitError = BrazeApiError.from({ status: 400, operationId: 'x', requiredPermissions: [], body: null, headers: {}, rateLimit: {} });
`;

let dir: string;
let model: Awaited<ReturnType<typeof modelOf>>;
beforeAll(async () => {
  model = await modelOf('spec/openapi.yaml');
  dir = await emitPackage(model, [{ path: 'src/usage.ts', contents: USAGE }]);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the client-side key's permissions stay apart from the REST catalogue", () => {
  it('Device Messaging operations need another credential and no REST permission; the catalogue lacks theirs', () => {
    const device = model.operations.filter((op) => op.path.startsWith('/v1/device-messaging/'));
    expect(device.map((op) => [op.operationId, op.auth, op.permissions])).toEqual([
      ['deviceMessagingBannersSync', 'other', []],
      ['deviceMessagingBannersTrack', 'other', []],
    ]);
    expect(device.map((op) => op.security)).toEqual([
      [{ schemes: { BrazeClientKey: ['banners.sync'] } }],
      [{ schemes: { BrazeClientKey: ['banners.track'] } }],
    ]);
    expect(model.permissions.map((p) => p.name).filter((name) => name.startsWith('banners.'))).toEqual([]);
  });
});

describe('generated client types', () => {
  it('type-check with tsc --strict, every @ts-expect-error being an error', async () => {
    expect(await typeCheck(dir)).toBe('');
  }, 120_000);
});
