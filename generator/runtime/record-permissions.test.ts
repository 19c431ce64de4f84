import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { BrazePermissionError } from './errors.js';
import { recordOperations } from './record-permissions.js';
import { request, type OperationDescriptor } from './request.js';
import { scriptedFetch } from './test-helpers.js';

const TRACK: OperationDescriptor = { id: 'usersTrack', method: 'POST', path: '/users/track', permissions: ['users.track'], body: 'object' };
const LIST: OperationDescriptor = { id: 'campaignsList', method: 'GET', path: '/campaigns/list', permissions: ['campaigns.list'] };

describe('recordOperations', () => {
  it('records each operation sent once, live, and still calls the hooks given at creation', async () => {
    const { fetch } = scriptedFetch([{ status: 500 }, { status: 201, body: {} }]);
    const heard: string[] = [];
    const client = createClient({ apiKey: 'k', baseUrl: 'https://rest.example', fetch, hooks: { onRequest: (i) => void heard.push(`${i.operationId}#${i.attempt}`) }, clock: { now: () => 0, sleep: async () => {}, random: () => 0 } });
    const used = recordOperations(client);
    expect([...used]).toEqual([]);
    await request(client, TRACK, {}, { retryPost: true } as never).catch(() => undefined);
    await request(client, LIST, {});
    expect([...used].sort()).toEqual(['campaignsList', 'usersTrack']);
    expect(heard[0]).toBe('usersTrack#0'); // attempts count from 0
  });

  it('does not record a call refused before sending', async () => {
    const { fetch, calls } = scriptedFetch([{ status: 200, body: {} }]);
    const client = createClient({ apiKey: 'k', baseUrl: 'https://rest.example', fetch, permissions: ['campaigns.list'] });
    const used = recordOperations(client);
    await expect(request(client, TRACK, {})).rejects.toBeInstanceOf(BrazePermissionError);
    expect([...used]).toEqual([]);
    expect(calls).toHaveLength(0);
  });
});
