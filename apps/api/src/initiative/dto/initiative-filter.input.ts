import { AdministrativeLevel, InitiativePhase, LifeEvent, RagFilter } from '@gevinst/domain';
import { Field, ID, InputType, GraphQLISODateTime } from '@nestjs/graphql';
import '../../graphql/enums.js';

@InputType({ description: 'Which initiatives to list; all given conditions must hold.' })
export class InitiativeFilter {
  @Field(() => ID, { nullable: true, description: 'Responsible ministry.' })
  ministryId?: string;

  @Field(() => ID, { nullable: true, description: 'Owning organisation.' })
  ownerId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Initiatives in which this organisation takes part (any role).',
  })
  participantId?: string;

  @Field(() => [InitiativePhase], { nullable: true, description: 'Any of these phases.' })
  phase?: InitiativePhase[];

  @Field(() => [LifeEvent], { nullable: true, description: 'Any of these life events.' })
  lifeEvent?: LifeEvent[];

  @Field(() => AdministrativeLevel, {
    nullable: true,
    description: 'Initiatives with at least one participant at this administrative level.',
  })
  administrativeLevel?: AdministrativeLevel;

  @Field({
    nullable: true,
    description:
      'true: only initiatives that serve no life event (the dashboard’s «Uten livshendelse»); false: only those that serve one. Like every condition it narrows the others (with lifeEvent and true, nothing matches).',
  })
  withoutLifeEvent?: boolean;

  @Field(() => AdministrativeLevel, {
    nullable: true,
    description:
      'Initiatives whose owning organisation is at this administrative level (the dashboard’s breakdown by the owner’s level).',
  })
  ownerAdministrativeLevel?: AdministrativeLevel;

  @Field(() => [RagFilter], {
    nullable: true,
    description:
      'Any of these overall RAG statuses today (the worst status of its benefits that are not cancelled; see Initiative.rag).',
  })
  rag?: RagFilter[];

  @Field({
    nullable: true,
    description:
      'true: initiatives with at least one benefit whose status report is overdue today (see Initiative.overdueStatusReports); false: those without.',
  })
  statusReportOverdue?: boolean;

  @Field({ nullable: true, description: 'Free text matched against code and name.' })
  search?: string;

  @Field({ description: 'Only demo initiatives (true) or only real ones (false).', nullable: true })
  isDemo?: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Initiatives with any activity at or after this instant: a change to the initiative itself or to its benefits, measurements, targets, status reports, cost items or allocation runs (see Initiative.lastActivityAt).',
  })
  updatedSince?: Date;
}
