import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { AuditActorKind, AuditEntityType } from '@gevinst/domain';
import '../graphql/enums.js';

@ObjectType('AuditEvent', {
  description: 'One change: who, for which organisation, when, what, before and after.',
})
export class AuditEventModel {
  @Field(() => ID, { description: 'The event’s number in the trail (ascending in the order written).' })
  id!: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When the change was committed (UTC; shown in Norwegian time).',
  })
  occurredAt!: Date;

  @Field(() => AuditActorKind, { description: 'USER, API_TOKEN or SYSTEM.' })
  actorKind!: `${AuditActorKind}`;

  @Field(() => ID, { nullable: true, description: 'The acting user (null: Gevinst itself).' })
  actorUserId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The acting user’s e-mail address as it was then (show actorName first).',
  })
  actorEmail!: string | null;

  @Field(() => ID, { nullable: true, description: 'The API token used, if any.' })
  actorTokenId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the actor acted for.' })
  organisationId!: string | null;

  @Field({ description: 'The GraphQL mutation or operation, e.g. updateInitiative.' })
  operation!: string;

  @Field(() => AuditEntityType, {
    description: 'What kind of entity changed: Initiative, CostItem, BenefitMeasurement, … (see subject).',
  })
  entityType!: string;

  @Field({
    description: 'The changed entity’s id (a composite key for populations; the refused path for Access).',
  })
  entityId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation that owns the entity (whose users may read the event).',
  })
  ownerOrganisationId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The initiative the entity belongs to: the initiative itself, its cost items, runs, benefits…',
  })
  initiativeId!: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'The entity before the change (null for a create), without secrets. JSON on purpose: an audit payload is free-form by nature (each entity type records its own fields, as they were).',
  })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'The entity after the change (null for a delete), without secrets. JSON on purpose: an audit payload is free-form by nature (each entity type records its own fields, as they became).',
  })
  after!: Record<string, unknown> | null;
}
