import type { AppConfig } from '../config/app-config.js';
import type { IdempotencyRepository, KeyClaim } from './idempotency.repository.js';
import { IdempotencyService } from './idempotency.service.js';

/** The service on a store that answers `claim` with `answer` and logs every call. */
function setup(answer: KeyClaim = { kind: 'claimed' }) {
  const calls: string[] = [];
  const keys = {
    claim: (caller: string, key: string, hash: string, hours: number) => {
      calls.push(`claim ${caller} ${key} ${hash.length} ${hours}h`);
      return Promise.resolve(answer);
    },
    answer: (caller: string, key: string, response: unknown) => {
      calls.push(`answer ${caller} ${key} ${JSON.stringify(response)}`);
      return Promise.resolve();
    },
    release: (caller: string, key: string) => {
      calls.push(`release ${caller} ${key}`);
      return Promise.resolve();
    },
  } as unknown as IdempotencyRepository;
  const config = { limits: { idempotencyKeyHours: 24 } } as AppConfig;
  return { service: new IdempotencyService(keys, config), calls };
}

const REQUEST = { query: 'mutation { x }', operationName: null, variables: {} };

describe('IdempotencyService', () => {
  it('claims a new key for 24 hours with the request fingerprint (a sha-256, 64 hex digits)', async () => {
    const { service, calls } = setup();
    expect(await service.decide('user-1', 'key-1', REQUEST)).toEqual({ run: true });
    expect(calls).toEqual(['claim user-1 key-1 64 24h']);
  });

  it('replays the first answer of the same request', async () => {
    const { service } = setup({ kind: 'replay', response: { data: { x: 1 } } });
    expect(await service.decide('user-1', 'key-1', REQUEST)).toEqual({
      run: false,
      response: { data: { x: 1 } },
    });
  });

  it.each<[KeyClaim, string]>([
    [{ kind: 'other-request' }, 'IDEMPOTENCY_KEY_REUSED'],
    [{ kind: 'running' }, 'IDEMPOTENCY_KEY_IN_PROGRESS'],
  ])('refuses a key held by %j with CONFLICT %s', async (claim, reason) => {
    const { service } = setup(claim);
    await expect(service.decide('user-1', 'key-1', REQUEST)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', reason, params: { key: 'key-1' } },
    });
  });

  it.each([['two words'], [''], ['x'.repeat(201)], ['nøkkel']])(
    'refuses the malformed key %j before claiming it',
    async (key) => {
      const { service, calls } = setup();
      await expect(service.decide('user-1', key, REQUEST)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_INVALID', params: { max: 200 } },
      });
      expect(calls).toEqual([]);
    },
  );

  it('keeps an answer with data, and frees the key of an answer with errors so a retry runs again', async () => {
    const { service, calls } = setup();
    await service.finish('user-1', 'key-1', { data: { x: 1 } });
    await service.finish('user-1', 'key-2', { data: { x: null }, errors: [{ message: 'no' }] });
    await service.finish('user-1', 'key-3', { data: null });
    expect(calls).toEqual([
      'answer user-1 key-1 {"data":{"x":1}}',
      'release user-1 key-2',
      'release user-1 key-3',
    ]);
  });
});
