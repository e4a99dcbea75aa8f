import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { type AuditChange, insertAuditEvent } from './audit.repository.js';

export { type AuditChange, auditRow, snapshot } from './audit.repository.js';

/**
 * Writes audit events inside the caller's transaction: if the audit write fails, the change fails with
 * it, and a change that rolls back leaves no event. (Services that use repositories write through
 * AuditRepository, which takes the transaction from the UnitOfWork; this one takes it as an argument.)
 */
@Injectable()
export class AuditService {
  record(em: EntityManager, actor: Actor | null, change: AuditChange): Promise<void> {
    return insertAuditEvent(em, actor, change);
  }
}
