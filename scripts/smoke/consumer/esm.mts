// ESM consumer of the packed package: type-checked with `tsc --strict` (module NodeNext), then run with the
// loopback server's port as its argument. Prints one JSON line the smoke test reads.
import assert from 'node:assert/strict';
import { createBrazeClient, Permissions, permissionsFor } from 'braze-rest-client';
import * as permissions from 'braze-rest-client/permissions';

const port = Number(process.argv[2]);
assert.equal(Permissions.USERS_TRACK, 'users.track');
assert.deepEqual(permissionsFor(['usersTrack']), ['users.track']);
assert.equal(permissions.Permissions.USERS_TRACK, Permissions.USERS_TRACK);

const braze = createBrazeClient({ apiKey: 'smoke-key-esm', baseUrl: `http://127.0.0.1:${port}` });
const result = await braze.users.track({ attributes: [{ external_id: 'smoke-esm', plan: 'pro' }] });
console.log(JSON.stringify({ format: 'esm', result }));
