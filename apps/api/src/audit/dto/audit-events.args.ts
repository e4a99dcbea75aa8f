import { AuditEntityType } from '@gevinst/domain';
import '../../graphql/enums.js';
import { ArgsType, Field, GraphQLISODateTime, ID } from '@nestjs/graphql';
import { InputType } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { AuditEventSort } from './audit-event-sort.input.js';

@InputType({ description: 'Which audit events to list; all given conditions must hold.' })
export class AuditEventFilter {
  @Field(() => AuditEntityType, {
    nullable: true,
    description: 'e.g. Initiative, Organisation, User, ApiToken, Session.',
  })
  entityType?: AuditEntityType;

  @Field({ nullable: true, description: 'The changed entity’s id.' })
  entityId?: string;

  @Field({
    nullable: true,
    description: 'Only this operation, e.g. recordMeasurement, correctMeasurement, updateInitiative.',
  })
  operation?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Events on this initiative and everything that belongs to it (cost items, allocation runs, benefits, measurements, owner reports, enablers, map edges).',
  })
  initiativeId?: string;

  @Field(() => ID, { nullable: true, description: 'The user who acted.' })
  actorId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events at or after this instant.' })
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events at or before this instant.' })
  to?: Date;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilter, {
    description: 'Which events to list; empty: all you may see.',
    nullable: true,
  })
  filter?: AuditEventFilter;

  @Field(() => AuditEventSort, { nullable: true, description: 'Default: newest first.' })
  sort?: AuditEventSort;
}
