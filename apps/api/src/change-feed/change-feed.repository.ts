import type { ChangeCursor, ChangeFeedScope } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { AccessRepository } from '../access/access.repository.js';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { UnitOfWork } from '../common/unit-of-work.js';

/**
 * The feed's horizon: the oldest transaction that may still write audit events, in the statement's own
 * snapshot. Every transaction running at the snapshot (its xip list) counts, except those that
 * pg_stat_activity shows running in another database (they never write this database's trail; a
 * transaction not found there has just finished and still counts, which is only cautious). With none,
 * the snapshot's xmax: every transaction id handed out later is at least that. Events below the horizon
 * are final: nothing can be added before them any more.
 */
const HORIZON = `(SELECT LEAST(pg_snapshot_xmax(s),
    (SELECT min(x) FROM pg_snapshot_xip(s) x
      WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity p
                         WHERE p.backend_xid = xid(x)
                           AND p.datid <> (SELECT d.oid FROM pg_database d WHERE d.datname = current_database()))))
  FROM pg_current_snapshot() s)`;

/** One audit event as the feed reads it, with the transaction that wrote it. */
export interface FeedEvent {
  event: AuditEventEntity;
  txId: string;
}

/**
 * The feed's one read of the audit trail: the events after a cursor, in (transaction, event) order, of
 * finished transactions only (tx_id below the HORIZON), within the caller's scope. Why this
 * never skips nor repeats: libs/domain/src/change-feed.ts.
 */
@Injectable()
export class ChangeFeedRepository {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessRepository,
  ) {}

  async after(
    scope: ChangeFeedScope,
    cursor: ChangeCursor | null,
    entityTypes: readonly string[],
    limit: number,
  ): Promise<FeedEvent[]> {
    const query = this.uow
      .manager()
      .getRepository(AuditEventEntity)
      .createQueryBuilder('a')
      .addSelect('a.tx_id::text', 'feed_tx_id')
      .where(`a.tx_id < ${HORIZON}`)
      .andWhere('a.entity_type IN (:...entityTypes)', { entityTypes });
    if (cursor)
      query.andWhere('(a.tx_id, a.id) > (:cursorTx::xid8, :cursorId::bigint)', {
        cursorTx: cursor.txId,
        cursorId: cursor.eventId,
      });
    this.access.whereChangeVisible(query, scope, 'a');
    const { entities, raw } = await query
      .orderBy('a.tx_id', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit)
      .getRawAndEntities<{ feed_tx_id: string }>();
    return entities.map((event, index) => ({ event, txId: raw[index].feed_tx_id }));
  }
}
