import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isAdmin, isMessage, msg, renderMessage } from '@gevinst/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { InputProblems } from '../common/errors.js';
import { translateToNb } from '../common/messages-nb.js';
import { isUuid } from '../common/ids.js';
import { type Page, assertPage } from '../common/pagination.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort } from '../common/sorting.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditEventSortField } from './dto/audit-event-sort.input.js';
import { AuditEventsArgs } from './dto/audit-events.args.js';

const AUDIT_SORT_COLUMNS: Record<AuditEventSortField, string> = {
  [AuditEventSortField.OCCURRED_AT]: 'a.occurred_at',
  [AuditEventSortField.OPERATION]: 'a.operation',
  [AuditEventSortField.ENTITY_TYPE]: 'a.entity_type',
  [AuditEventSortField.ACTOR]: 'a.actor_email',
};
const AUDIT_SORT_DEFAULT = { field: AuditEventSortField.OCCURRED_AT, direction: SortDirection.DESC };

/** Longer than any entity type or id the trail stores (ids are UUIDs or short composite keys). */
const MAX_FILTER_LENGTH = 100;

@Injectable()
export class AuditQueryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Newest first. Administrators see everything; others only events on their organisation's entities. */
  async list(actor: Actor, args: AuditEventsArgs): Promise<Page<AuditEventEntity>> {
    assertPage(args);
    const filter = args.filter ?? {};
    const problems = new InputProblems();
    if (filter.actorId && !isUuid(filter.actorId)) problems.check('filter.actorId', msg('NOT_A_UUID'));
    if (filter.initiativeId && !isUuid(filter.initiativeId))
      problems.check('filter.initiativeId', msg('NOT_A_UUID'));
    if (filter.entityType && filter.entityType.length > MAX_FILTER_LENGTH)
      problems.check('filter.entityType', msg('IS_TOO_LONG'));
    if (filter.entityId && filter.entityId.length > MAX_FILTER_LENGTH)
      problems.check('filter.entityId', msg('IS_TOO_LONG'));
    if (filter.from && filter.to && filter.from > filter.to)
      problems.check('filter.to', msg('NOT_BEFORE_FROM'));
    problems.throwIfAny();
    const query = this.db.getRepository(AuditEventEntity).createQueryBuilder('a');
    if (!isAdmin(actor)) query.andWhere('a.owner_organisation_id = :own', { own: actor.organisationId });
    if (filter.entityType) query.andWhere('a.entity_type = :type', { type: filter.entityType });
    if (filter.entityId) query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.initiativeId)
      query.andWhere('a.initiative_id = :initiativeId', { initiativeId: filter.initiativeId });
    if (filter.actorId) query.andWhere('a.actor_user_id = :actorId', { actorId: filter.actorId });
    if (filter.from) query.andWhere('a.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.occurred_at <= :to', { to: filter.to });
    const [nodes, totalCount] = await applySort(query, args.sort, AUDIT_SORT_COLUMNS, AUDIT_SORT_DEFAULT, [
      'a.id',
    ])
      .offset(args.offset)
      .limit(args.limit)
      .getManyAndCount();
    return { nodes: nodes.map(withNorwegianReason), totalCount };
  }
}

/**
 * A refused attempt (`Access`) stores the API's English message and the rule as a code (`reason`); its
 * Norwegian text is written from the code here, as `after.messageNb`, for the Norwegian admin UI (which
 * shows it in place of `message`). A refusal recorded before codes were stored has none: null, and the UI
 * shows the English.
 */
function withNorwegianReason(event: AuditEventEntity): AuditEventEntity {
  const message = event.after?.message;
  if (event.entityType !== 'Access' || typeof message !== 'string') return event;
  // While some modules still refuse in English sentences, those are translated by common/messages-nb.ts.
  const messageNb = isMessage(event.reason) ? renderMessage(event.reason, 'nb') : translateToNb(message);
  return { ...event, after: { ...event.after, messageNb } };
}
