// Test support for the API's unit specs, and for them only: nothing in the product imports this folder, and
// the production build (apps/api/tsconfig.app.json) leaves it out as it leaves out *.spec.ts.
//
// Offers the setup the service specs all need: actors (`actorOf`), a unit of work that runs the work in
// place (`fakeUnitOfWork`), an audit trail in memory (`auditRecorder`) and `Mutations` on those two
// (`fakeMutations`). One copy of it, so that a change to Actor, AuditRepository or Mutations is made once.
import { Role } from '@gevinst/domain';
import type { AuditChange, AuditRepository } from '../audit/audit.repository.js';
import { Mutations } from '../audit/mutation.js';
import type { Actor } from '../auth/actor.js';
import { BulkRunner } from '../common/bulk.js';
import type { UnitOfWork } from '../common/unit-of-work.js';
import type { AppConfig } from '../config/app-config.js';

/** The user the specs act as unless they say otherwise. */
export const TEST_USER_ID = '66666666-6666-4666-8666-666666666666';

/** A signed-in person of `organisationId` with `roles`; `extra` overrides any field (user, name, session…). */
export function actorOf(organisationId: string, roles: Role[], extra: Partial<Actor> = {}): Actor {
  return {
    kind: 'USER',
    userId: TEST_USER_ID,
    email: 'eier@demo.gevinst.no',
    name: 'Eier',
    organisationId,
    roles,
    ...extra,
  };
}

/** The usual cast of a service spec: `organisationId` owns what is tested, `otherOrganisationId` does not. */
export function actorsOf(organisationId: string, otherOrganisationId: string) {
  return {
    /** Initiative owner in the owning organisation. */
    owner: actorOf(organisationId, [Role.INITIATIVE_OWNER]),
    /** Initiative owner of another organisation. */
    outsider: actorOf(otherOrganisationId, [Role.INITIATIVE_OWNER]),
    /** Read-only user of the owning organisation. */
    reader: actorOf(organisationId, [Role.READER]),
    /** Administrator, of the other organisation. */
    admin: actorOf(otherOrganisationId, [Role.ADMIN]),
  };
}

/** A BulkRunner on `uow` that takes at most `maxBatchSize` items. */
export function fakeBulkRunner(uow: UnitOfWork, maxBatchSize = 250): BulkRunner {
  return new BulkRunner(uow, { limits: { maxBatchSize } } as AppConfig);
}

/**
 * A unit of work whose transaction runs the work in place. Given a `log`, it writes 'begin' and then
 * 'commit' or 'rollback' to it, so that a spec can see where its steps fell.
 */
export function fakeUnitOfWork(log?: string[]): UnitOfWork {
  return {
    transaction: async <T>(work: () => Promise<T>): Promise<T> => {
      log?.push('begin');
      try {
        const result = await work();
        log?.push('commit');
        return result;
      } catch (error) {
        log?.push('rollback');
        throw error;
      }
    },
    // In memory there is nothing to roll back: a refused item of a bulk call throws before it writes.
    savepoint: async <T>(work: () => Promise<T>): Promise<T> => {
      log?.push('savepoint');
      try {
        const result = await work();
        log?.push('release savepoint');
        return result;
      } catch (error) {
        log?.push('rollback to savepoint');
        throw error;
      }
    },
  } as unknown as UnitOfWork;
}

/** One recorded audit event: who, and what. */
export interface RecordedAudit {
  actor: Actor | null;
  change: AuditChange;
}

/**
 * An AuditRepository in memory: `audited` holds the changes recorded, `entries` the same with their actors.
 * Given a `log`, each record also writes `audit <operation>` to it. `record` and `recordOnItsOwn` both record.
 */
export function auditRecorder(log?: string[]) {
  const audited: AuditChange[] = [];
  const entries: RecordedAudit[] = [];
  const write = (actor: Actor | null, change: AuditChange): Promise<void> => {
    log?.push(`audit ${change.operation}`);
    audited.push(change);
    entries.push({ actor, change });
    return Promise.resolve();
  };
  const auditLog = { record: write, recordOnItsOwn: write } as unknown as AuditRepository;
  return { auditLog, audited, entries };
}

/** Mutations on a fake unit of work (or `options.uow`) and an audit recorder, with what it recorded. */
export function fakeMutations(options: { log?: string[]; uow?: UnitOfWork } = {}) {
  const uow = options.uow ?? fakeUnitOfWork(options.log);
  const recorder = auditRecorder(options.log);
  return { ...recorder, uow, mutations: new Mutations(uow, recorder.auditLog) };
}
