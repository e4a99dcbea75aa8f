import type { ChangeCursor, ChangeFeedScope } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { AccessRepository } from '../access/access.repository.js';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { UnitOfWork } from '../common/unit-of-work.js';

/** One audit event as the feed reads it, with the transaction that wrote it. */
export interface FeedEvent {
  event: AuditEventEntity;
  txId: string;
}

/**
 * The feed's one read of the audit trail: the events after a cursor, in (transaction, event) order, of
 * finished transactions only (tx_id below the oldest running one), within the caller's scope. Why this
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
      .where('a.tx_id < pg_snapshot_xmin(pg_current_snapshot())')
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
