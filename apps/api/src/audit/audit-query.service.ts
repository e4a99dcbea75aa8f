import { Injectable } from '@nestjs/common';
import { changeFeedScope, isMessage, msg, renderMessage } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { InputProblems } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { type Page, assertPage } from '../common/pagination.js';
import type { AuditEventEntity } from './audit-event.entity.js';
import { AuditQueryRepository } from './audit-query.repository.js';
import { AuditEventsArgs } from './dto/audit-events.args.js';

/** Longer than any entity type or id the trail stores (ids are UUIDs or short composite keys). */
const MAX_FILTER_LENGTH = 100;

@Injectable()
export class AuditQueryService {
  constructor(private readonly events: AuditQueryRepository) {}

  /**
   * Newest first. Administrators see everything; others the events on their organisation's entities and
   * the events their organisation made (a receiving municipality's measurements on another's benefit).
   */
  async list(actor: Actor, args: AuditEventsArgs): Promise<Page<AuditEventEntity>> {
    assertPage(args);
    const filter = args.filter ?? {};
    const problems = new InputProblems();
    if (filter.actorId && !isUuid(filter.actorId)) problems.check('filter.actorId', msg('NOT_A_UUID'));
    if (filter.initiativeId && !isUuid(filter.initiativeId))
      problems.check('filter.initiativeId', msg('NOT_A_UUID'));
    if (filter.entityType && filter.entityType.length > MAX_FILTER_LENGTH)
      problems.check('filter.entityType', msg('IS_TOO_LONG'));
    if (filter.operation && filter.operation.length > MAX_FILTER_LENGTH)
      problems.check('filter.operation', msg('IS_TOO_LONG'));
    if (filter.entityId && filter.entityId.length > MAX_FILTER_LENGTH)
      problems.check('filter.entityId', msg('IS_TOO_LONG'));
    if (filter.from && filter.to && filter.from > filter.to)
      problems.check('filter.to', msg('NOT_BEFORE_FROM'));
    problems.throwIfAny();
    const { nodes, totalCount } = await this.events.page(
      { ...filter, scope: changeFeedScope(actor) },
      args.sort,
      args,
    );
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
  const messageNb = isMessage(event.reason) ? renderMessage(event.reason, 'nb') : null;
  return { ...event, after: { ...event.after, messageNb } };
}
