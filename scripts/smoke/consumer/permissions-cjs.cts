// CommonJS consumer used while the package has no client yet: permission constants only.
import assert = require('node:assert/strict');
import { USERS_TRACK } from 'braze-rest-client';
import permissions = require('braze-rest-client/permissions');

assert.equal(USERS_TRACK, 'users.track');
assert.equal(permissions.USERS_TRACK, USERS_TRACK);
console.log(JSON.stringify({ format: 'cjs', result: { permission: USERS_TRACK } }));
