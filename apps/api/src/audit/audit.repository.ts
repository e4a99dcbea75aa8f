import type { Message } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { AuditEventEntity } from './audit-event.entity.js';

export interface AuditChange {
  operation: string;
  entityType: string;
  entityId: string;
  /** The organisation that owns the entity (whose users may read its trail). */
  ownerOrganisationId: string | null;
  /** The initiative the entity belongs to (its cost items, runs, benefits…); implied for an Initiative. */
  initiativeId?: string | null;
  before?: object | null;
  after?: object | null;
  /** A refused attempt's rule, as a message code (see DenialAuditService). */
  reason?: Message | null;
}

const SECRET_KEYS = new Set(['passwordHash', 'password', 'tokenHash', 'secret', 'token']);

/** A JSON-safe copy without secrets. */
export function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (SECRET_KEYS.has(key) ? undefined : v)),
  ) as Record<string, unknown>;
}

/** The audit_events row of `change` made by `actor` (null: the system). */
export function auditRow(actor: Actor | null, change: AuditChange): Partial<AuditEventEntity> {
  const system = !actor || actor.kind === 'SYSTEM';
  return {
    actorKind: actor ? actor.kind : 'SYSTEM',
    actorUserId: system ? null : actor.userId,
    actorEmail: system ? null : actor.email,
    actorTokenId: actor?.tokenId ?? null,
    organisationId: system ? null : actor.organisationId,
    operation: change.operation,
    entityType: change.entityType,
    entityId: change.entityId,
    ownerOrganisationId: change.ownerOrganisationId,
    initiativeId: change.initiativeId ?? (change.entityType === 'Initiative' ? change.entityId : null),
    before: snapshot(change.before),
    after: snapshot(change.after),
    reason: change.reason ?? null,
  };
}

/** Inserts the audit event of `change` in `em`'s transaction (the trail's one statement); its id. */
async function insertAuditEvent(
  em: EntityManager,
  actor: Actor | null,
  change: AuditChange,
): Promise<string> {
  const result = await em
    .createQueryBuilder()
    .insert()
    .into(AuditEventEntity)
    .values(auditRow(actor, change) as never)
    .returning('id')
    .execute();
  return String((result.raw as { id: string | number }[])[0].id);
}

/**
 * Told of every change recorded in a transaction, in that transaction (the webhook outbox queues its
 * deliveries so). Features below the audit folder register one; the audit folder imports none of them.
 */
export type AuditListener = (change: AuditChange, eventId: string) => Promise<void>;

/**
 * The audit trail's writes: one row per change, in the transaction of the change (UnitOfWork), so a change
 * that rolls back leaves no event and a failed audit write fails the change. The table is append-only: a
 * trigger refuses UPDATE, DELETE and TRUNCATE.
 */
@Injectable()
export class AuditRepository {
  private readonly listeners: AuditListener[] = [];

  constructor(private readonly uow: UnitOfWork) {}

  /** Registers `listener` for the changes recorded from now on (see AuditListener). */
  onRecorded(listener: AuditListener): void {
    this.listeners.push(listener);
  }

  async record(actor: Actor | null, change: AuditChange): Promise<void> {
    const eventId = await insertAuditEvent(this.uow.manager(), actor, change);
    for (const listener of this.listeners) await listener(change, eventId);
  }

  /**
   * Records `change` in a statement of its own on the pool, outside any transaction: a refused attempt
   * (DenialAuditService) must outlive the rollback of the operation it refused.
   */
  async recordOnItsOwn(actor: Actor | null, change: AuditChange): Promise<void> {
    await insertAuditEvent(this.uow.manager().connection.manager, actor, change);
  }
}
