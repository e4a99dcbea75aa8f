import type { ChangeFeedScope } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { AccessRepository } from '../access/access.repository.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type Sort, applySort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditEventSortField } from './dto/audit-event-sort.input.js';

/** The filter of the trail, already validated; `scope`: whose events the caller may read (libs/domain). */
export interface AuditEventFilter {
  scope: ChangeFeedScope;
  entityType?: string | null;
  entityId?: string | null;
  operation?: string | null;
  initiativeId?: string | null;
  actorId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

const SORT_COLUMNS: Record<AuditEventSortField, string> = {
  [AuditEventSortField.OCCURRED_AT]: 'a.occurred_at',
  [AuditEventSortField.OPERATION]: 'a.operation',
  [AuditEventSortField.ENTITY_TYPE]: 'a.entity_type',
  [AuditEventSortField.ACTOR]: 'a.actor_email',
};
const SORT_DEFAULT = { field: AuditEventSortField.OCCURRED_AT, direction: SortDirection.DESC };

/** The audit trail's reads (its writes are AuditRepository's). */
@Injectable()
export class AuditQueryRepository {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessRepository,
  ) {}

  async page(
    filter: AuditEventFilter,
    sort: Partial<Sort<AuditEventSortField>> | undefined,
    page: { offset: number; limit: number },
  ): Promise<{ nodes: AuditEventEntity[]; totalCount: number }> {
    const query = this.uow.manager().getRepository(AuditEventEntity).createQueryBuilder('a');
    this.access.whereChangeVisible(query, filter.scope, 'a');
    if (filter.entityType) query.andWhere('a.entity_type = :type', { type: filter.entityType });
    if (filter.entityId) query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.operation) query.andWhere('a.operation = :operation', { operation: filter.operation });
    if (filter.initiativeId)
      query.andWhere('a.initiative_id = :initiativeId', { initiativeId: filter.initiativeId });
    if (filter.actorId) query.andWhere('a.actor_user_id = :actorId', { actorId: filter.actorId });
    if (filter.from) query.andWhere('a.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.occurred_at <= :to', { to: filter.to });
    const [nodes, totalCount] = await applySort(query, sort, SORT_COLUMNS, SORT_DEFAULT, ['a.id'])
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  }
}
