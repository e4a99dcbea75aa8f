import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { msg } from '@gevinst/domain';
import type { RequestWithActor } from '../auth/actor.js';
import type { AuditRepository } from './audit.repository.js';
import type { AuditChange } from './audit.repository.js';
import { DENIAL_LOG_WINDOW_MS, type Denial, DenialAuditService } from './denial-audit.service.js';
import { actorOf } from '../testing/fakes.js';

const actor = (userId: string) => actorOf('org', [], { userId, email: `${userId}@example.no`, name: userId });
const denial = (userId: string): Denial => ({
  actor: actor(userId),
  ip: '192.0.2.1',
  operation: 'query users',
  path: 'users',
  message: 'This needs one of the roles ADMIN',
});

describe('DenialAuditService', () => {
  const recorded: AuditChange[] = [];
  // Only the write on its own, outside the refused operation's transaction, is expected.
  const audit = {
    recordOnItsOwn: (_actor: unknown, change: AuditChange) => {
      recorded.push(change);
      return Promise.resolve();
    },
  } as unknown as AuditRepository;

  beforeEach(() => {
    recorded.length = 0;
  });
  afterEach(() => jest.restoreAllMocks());

  it('audits every refusal but logs at most one line per caller and minute, with the count left out', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const service = new DenialAuditService(audit);
    const start = 1_000_000;
    for (let i = 0; i < 50; i++) await service.record(denial('mallory'), start + i * 100);
    await service.record(denial('eve'), start + 200);
    expect(recorded).toHaveLength(51);
    expect(recorded[0]).toMatchObject({ operation: 'accessDenied', entityType: 'Access', entityId: 'users' });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0][0]).toBe('FORBIDDEN query users (users) for mallory@example.no from 192.0.2.1');

    await service.record(denial('mallory'), start + DENIAL_LOG_WINDOW_MS);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls[2][0]).toMatch(
      /; 49 more refusal\(s\) of this caller in the previous minute not logged$/,
    );
  });

  it('records the refusal’s rule as a code beside its English message, and a REST 403 as ADDRESS_REFUSED', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const service = new DenialAuditService(audit);
    await service.record({ ...denial('ola'), reason: msg('NEEDS_ROLE', { roles: ['ADMIN'] }) });
    expect(recorded[0]).toMatchObject({
      after: { message: 'This needs one of the roles ADMIN' },
      reason: { code: 'NEEDS_ROLE', params: { roles: ['ADMIN'] } },
    });

    const finished: (() => void)[] = [];
    const res = { statusCode: 403, once: (_event: string, listener: () => void) => finished.push(listener) };
    const req = {
      res,
      actor: actor('kari'),
      ip: '192.0.2.2',
      method: 'GET',
      path: '/api/x',
      headers: {},
      query: {},
    };
    service.watchHttp(req as unknown as RequestWithActor);
    finished.forEach((listener) => listener());
    await new Promise((resolve) => setImmediate(resolve));
    expect(recorded[1]).toMatchObject({
      after: { message: 'The address refused the request (HTTP 403 Forbidden)' },
      reason: { code: 'ADDRESS_REFUSED' },
    });
  });

  it('never throws when the audit write fails', async () => {
    const failing = {
      recordOnItsOwn: () => Promise.reject(new Error('database down')),
    } as unknown as AuditRepository;
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await expect(new DenialAuditService(failing).record(denial('x'))).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith('Could not record a refused attempt: database down');
  });
});
