import {
  CHANGE_ENTITY_TYPES,
  CHANGE_FEED_MAX_PAGE,
  changeFeedScope,
  changeOperationOf,
  decodeChangeCursor,
  encodeChangeCursor,
  msg,
} from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { InputProblems } from '../common/errors.js';
import { type ChangeEntityType, type ChangeFeedPage, ChangeOperation } from './change.model.js';
import { ChangeFeedRepository } from './change-feed.repository.js';
import type { ChangesArgs } from './changes.args.js';

/** The change feed: who may follow what is decided by libs/domain (changeFeedScope). */
@Injectable()
export class ChangeFeedService {
  constructor(private readonly feed: ChangeFeedRepository) {}

  async changes(actor: Actor, args: ChangesArgs): Promise<ChangeFeedPage> {
    const problems = new InputProblems();
    const cursor = args.since ? decodeChangeCursor(args.since) : null;
    if (args.since && !cursor) problems.check('since', msg('NOT_A_CHANGE_CURSOR'));
    if (args.first < 1 || args.first > CHANGE_FEED_MAX_PAGE)
      problems.check(
        'first',
        msg('NOT_BETWEEN', { min: 1, max: CHANGE_FEED_MAX_PAGE, got: String(args.first) }),
      );
    problems.throwIfAny();
    const types: readonly string[] = args.types?.length ? args.types : CHANGE_ENTITY_TYPES;
    // One more than asked tells whether there is more.
    const rows = await this.feed.after(changeFeedScope(actor), cursor, types, args.first + 1);
    const page = rows.slice(0, args.first);
    const nodes = page.map(({ event, txId }) => ({
      cursor: encodeChangeCursor({ txId, eventId: event.id }),
      eventId: event.id,
      entityType: event.entityType as ChangeEntityType,
      entityId: event.entityId,
      operation: changeOperationOf(event) as ChangeOperation,
      mutation: event.operation,
      occurredAt: event.occurredAt,
      initiativeId: event.initiativeId,
    }));
    return {
      nodes,
      endCursor: nodes.length ? nodes[nodes.length - 1].cursor : (args.since ?? null),
      hasMore: rows.length > args.first,
    };
  }
}
