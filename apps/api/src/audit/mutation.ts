import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { AuditRepository } from './audit.repository.js';
import type { AuditChange } from './audit.repository.js';

/**
 * The steps of every change, in this order and in one transaction:
 * - `load` reads what the change needs through repositories (NOT_FOUND when it is not there);
 * - `authorise` refuses by throwing (FORBIDDEN by the access policy, CONFLICT on a stale version,
 *   BAD_USER_INPUT on invalid input) before anything is written;
 * - `apply` writes through repositories and returns the result;
 * - `audit` says what to record (before/after), written in the same transaction.
 */
export interface MutationSteps<S, R> {
  load: () => Promise<S>;
  authorise: (state: S) => void | Promise<void>;
  apply: (state: S) => Promise<R>;
  audit: (state: S, result: R) => AuditChange | readonly AuditChange[] | null;
}

/** Runs a change as load → authorise → apply → audit in one transaction (see MutationSteps). */
@Injectable()
export class Mutations {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly auditLog: AuditRepository,
  ) {}

  mutate<S, R>(actor: Actor | null, steps: MutationSteps<S, R>): Promise<R> {
    return this.uow.transaction(async () => {
      const state = await steps.load();
      await steps.authorise(state);
      const result = await steps.apply(state);
      const changes = steps.audit(state, result);
      for (const change of changes === null ? [] : Array.isArray(changes) ? changes : [changes])
        await this.auditLog.record(actor, change as AuditChange);
      return result;
    });
  }
}
