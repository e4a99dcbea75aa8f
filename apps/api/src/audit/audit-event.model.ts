import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType('AuditEvent', {
  description: 'One change: who, for which organisation, when, what, before and after.',
})
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field({ description: 'USER, API_TOKEN or SYSTEM.' })
  actorKind!: string;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true })
  actorEmail!: string | null;

  @Field(() => ID, { nullable: true, description: 'The API token used, if any.' })
  actorTokenId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the actor acted for.' })
  organisationId!: string | null;

  @Field({ description: 'The GraphQL mutation or operation, e.g. updateInitiative.' })
  operation!: string;

  @Field()
  entityType!: string;

  @Field()
  entityId!: string;

  @Field(() => ID, { nullable: true })
  ownerOrganisationId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The initiative the entity belongs to: the initiative itself, its cost items, runs, benefits…',
  })
  initiativeId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after!: Record<string, unknown> | null;
}
