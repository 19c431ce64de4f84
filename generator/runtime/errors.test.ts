import { describe, expect, it } from 'vitest';
import {
  BrazeApiError, BrazeAuthenticationError, BrazeBadRequestError, BrazeConfigError, BrazeConnectionError, BrazeError, BrazeNotFoundError,
  BrazePermissionDeniedError, BrazePermissionError, BrazeRateLimitError, BrazeServerError, BrazeTimeoutError,
} from './errors.js';

const init = (status: number, body: unknown = { message: 'nope', errors: ['e1'] }) => ({
  status, body, operationId: 'usersTrack', requiredPermissions: ['users.track'], headers: {}, rateLimit: { remaining: 0 },
});

describe('BrazeApiError.from', () => {
  it.each([
    [400, BrazeBadRequestError], [401, BrazeAuthenticationError], [403, BrazePermissionDeniedError],
    [404, BrazeNotFoundError], [429, BrazeRateLimitError], [500, BrazeServerError], [503, BrazeServerError],
  ])('%i → its own class', (status, cls) => {
    const e = BrazeApiError.from(init(status));
    expect(e).toBeInstanceOf(cls);
    expect(e).toBeInstanceOf(BrazeApiError);
    expect(e).toBeInstanceOf(BrazeError);
    expect(e.name).toBe(cls.name);
    expect(e.status).toBe(status);
    expect(e.errors).toEqual(['e1']);
    expect(e.rateLimit).toEqual({ remaining: 0 });
  });
  it('other statuses stay generic', () => {
    expect(BrazeApiError.from(init(409)).constructor).toBe(BrazeApiError);
  });
  it('401 and 403 name the permission', () => {
    expect(BrazeApiError.from(init(403)).message).toBe('403 from usersTrack: nope (the key probably lacks users.track)');
    expect(BrazeApiError.from(init(401)).message).toBe('401 from usersTrack: nope (invalid key, or a key of another instance; needs users.track)');
    expect(BrazeApiError.from(init(403)).requiredPermissions).toEqual(['users.track']);
  });
  it('uses error/detail fields and string bodies', () => {
    expect(BrazeApiError.from(init(400, { error: 'bad' })).message).toBe('400 from usersTrack: bad');
    expect(BrazeApiError.from(init(400, 'plain')).message).toBe('400 from usersTrack: plain');
    expect(BrazeApiError.from(init(400, null)).errors).toEqual([]);
  });
});

describe('BrazePermissionError', () => {
  it('names what is missing', () => {
    const e = new BrazePermissionError('messagesSend', ['messages.send'], ['messages.send']);
    expect(e.message).toMatch(/messagesSend needs permission messages\.send/);
    expect(e).toBeInstanceOf(BrazeError);
  });
});

describe('error subclasses', () => {
  it('carry their names as data, so minified bundles keep them', () => {
    expect([BrazeConfigError, BrazeConnectionError, BrazeTimeoutError].map((c) => [c.name, new c('m').name]))
      .toEqual([['BrazeConfigError', 'BrazeConfigError'], ['BrazeConnectionError', 'BrazeConnectionError'], ['BrazeTimeoutError', 'BrazeTimeoutError']]);
    expect([BrazeServerError.name, BrazeApiError.from(init(502)).name]).toEqual(['BrazeServerError', 'BrazeServerError']);
  });
  it('nest as documented: a timeout is a connection error, neither is an API error', () => {
    const e = new BrazeTimeoutError('late', { cause: new Error('socket') });
    expect([e instanceof BrazeConnectionError, e instanceof BrazeError, e instanceof BrazeApiError]).toEqual([true, true, false]);
    expect((e.cause as Error).message).toBe('socket');
    expect(new BrazeConfigError('x')).not.toBeInstanceOf(BrazeConnectionError);
  });
});
