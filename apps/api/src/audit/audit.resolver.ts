import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { AuditEventPage } from './audit-event-page.model.js';
import { AuditQueryService } from './audit-query.service.js';
import { AuditEventsArgs } from './dto/audit-events.args.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly auditQuery: AuditQueryService) {}

  @Query(() => AuditEventPage, {
    description:
      'The audit trail, newest first: everything for administrators, your organisation’s entities otherwise.',
  })
  auditEvents(@CurrentActor() actor: Actor, @Args() args: AuditEventsArgs): Promise<AuditEventPage> {
    return this.auditQuery.list(actor, args);
  }
}
