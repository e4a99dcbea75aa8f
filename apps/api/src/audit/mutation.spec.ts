import type { Actor } from '../auth/actor.js';
import { AppError, forbidden } from '../common/errors.js';
import type { UnitOfWork } from '../common/unit-of-work.js';
import type { AuditRepository } from './audit.repository.js';
import type { AuditChange } from './audit.repository.js';
import { Mutations } from './mutation.js';
import { fakeMutations } from '../testing/fakes.js';

/** A transaction that records what happened to it, and an audit trail in memory. */
function fakes() {
  const log: string[] = [];
  const { entries: recorded, mutations } = fakeMutations({ log });
  return { log, recorded, mutations };
}

const actor = {
  kind: 'USER',
  userId: 'u1',
  email: 'a@b.no',
  organisationId: 'o1',
  roles: ['EDITOR'],
} as unknown as Actor;
const change = (operation: string): AuditChange => ({
  operation,
  entityType: 'CostItem',
  entityId: 'c1',
  ownerOrganisationId: 'o1',
});

describe('Mutations.mutate', () => {
  it('loads, authorises, applies and audits, in that order, in one transaction', async () => {
    const { log, recorded, mutations } = fakes();
    const result = await mutations.mutate(actor, {
      load: () => (log.push('load'), Promise.resolve({ version: 3 })),
      authorise: (state) => void log.push(`authorise v${state.version}`),
      apply: (state) => (log.push('apply'), Promise.resolve({ version: state.version + 1 })),
      audit: (state, after) => ({ ...change('updateCostItem'), before: state, after }),
    });
    expect(result).toEqual({ version: 4 });
    expect(log).toEqual(['begin', 'load', 'authorise v3', 'apply', 'audit updateCostItem', 'commit']);
    expect(recorded).toEqual([
      { actor, change: { ...change('updateCostItem'), before: { version: 3 }, after: { version: 4 } } },
    ]);
  });

  it('writes nothing and rolls back when authorisation refuses', async () => {
    const { log, recorded, mutations } = fakes();
    const attempt = mutations.mutate(actor, {
      load: () => Promise.resolve({}),
      authorise: () => {
        throw forbidden();
      },
      apply: () => (log.push('apply'), Promise.resolve(1)),
      audit: () => change('x'),
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    expect(log).toEqual(['begin', 'rollback']);
    expect(recorded).toEqual([]);
  });

  it('records several changes, or none', async () => {
    const { recorded, mutations } = fakes();
    await mutations.mutate(null, {
      load: () => Promise.resolve(null),
      authorise: () => undefined,
      apply: () => Promise.resolve(2),
      audit: () => [change('a'), change('b')],
    });
    await mutations.mutate(null, {
      load: () => Promise.resolve(null),
      authorise: () => undefined,
      apply: () => Promise.resolve(0),
      audit: () => null,
    });
    expect(recorded.map((entry) => entry.change.operation)).toEqual(['a', 'b']);
  });

  it('rolls back when the audit write fails, so no change is left without its event', async () => {
    const log: string[] = [];
    const failing = new Mutations(
      {
        transaction: (work: () => Promise<unknown>) =>
          work().catch((error: Error) => {
            log.push('rollback');
            throw error;
          }),
      } as unknown as UnitOfWork,
      { record: () => Promise.reject(new Error('disk full')) } as unknown as AuditRepository,
    );
    await expect(
      failing.mutate(actor, {
        load: () => Promise.resolve(null),
        authorise: () => undefined,
        apply: () => Promise.resolve(1),
        audit: () => change('x'),
      }),
    ).rejects.toThrow('disk full');
    expect(log).toEqual(['rollback']);
  });
});
