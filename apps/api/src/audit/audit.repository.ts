import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { type AuditChange, auditRow } from './audit.service.js';

/**
 * The audit trail's writes: one row per change, in the transaction of the change (UnitOfWork), so a change
 * that rolls back leaves no event and a failed audit write fails the change. The table is append-only: a
 * trigger refuses UPDATE, DELETE and TRUNCATE.
 */
@Injectable()
export class AuditRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async record(actor: Actor | null, change: AuditChange): Promise<void> {
    await this.uow
      .manager()
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(auditRow(actor, change) as never)
      .execute();
  }
}
