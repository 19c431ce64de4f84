// CommonJS consumer of the packed package: `import` here compiles to `require`, so TypeScript resolves the
// package's `require` condition and its CommonJS declarations. Prints one JSON line the smoke test reads.
import assert = require('node:assert/strict');
import { createBrazeClient, Permissions, permissionsFor } from 'braze-rest-client';
import permissions = require('braze-rest-client/permissions');

async function main(): Promise<void> {
  const port = Number(process.argv[2]);
  assert.equal(Permissions.USERS_TRACK, 'users.track');
  assert.deepEqual(permissionsFor(['usersTrack']), ['users.track']);
  assert.equal(permissions.Permissions.USERS_TRACK, Permissions.USERS_TRACK);
  assert.equal(typeof require('braze-rest-client').createBrazeClient, 'function');
  const spec = require('braze-rest-client/openapi.json') as { openapi: string; paths: Record<string, unknown> };
  assert.match(spec.openapi, /^3\./);
  assert.ok('/users/track' in spec.paths);

  const braze = createBrazeClient({ apiKey: 'smoke-key-cjs', baseUrl: `http://127.0.0.1:${port}` });
  const result = await braze.users.track({ attributes: [{ external_id: 'smoke-cjs', plan: 'pro' }] });
  console.log(JSON.stringify({ format: 'cjs', result }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
