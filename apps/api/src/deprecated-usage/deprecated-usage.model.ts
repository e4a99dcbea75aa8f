import { UserKind } from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { Paginated } from '../common/pagination.js';
import { DeprecatedUsageClientKind } from './dto/deprecated-usage.args.js';

@ObjectType('DeprecatedUsage', {
  description:
    'How many requests one client’s operation made on one day that used one deprecated part of the schema (docs/api-changes.md, "Usage is visible").',
})
export class DeprecatedUsageModel {
  @Field({
    description:
      'The schema coordinate used: `Type.field` (a selected field), `Type.field(argument:)` (an argument given), `Input.field` (an input field given) or `Enum.VALUE` (an enum value given).',
  })
  coordinate!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it is deprecated and what to use instead, from the running schema; null when it is no longer deprecated or no longer in the schema.',
  })
  deprecationReason!: string | null;

  @Field(() => DeprecatedUsageClientKind, { description: 'An API token or a signed-in user.' })
  clientKind!: DeprecatedUsageClientKind;

  @Field(() => ID, { description: 'The API token’s id, or the user’s.' })
  clientId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The API token’s name, or the user’s; null when it is no longer there.',
  })
  clientName!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The user the client acts as: the token’s owner (a service account or a person), or the user.',
  })
  ownerId!: string | null;

  @Field(() => String, { nullable: true, description: 'That user’s name.' })
  ownerName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'That user’s e-mail address, to reach the integrator.',
  })
  ownerEmail!: string | null;

  @Field(() => UserKind, {
    nullable: true,
    description: 'Whether that user is a person or a service account.',
  })
  ownerKind!: UserKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'The operation name the client sent; null for an operation without a name.',
  })
  operationName!: string | null;

  @Field(() => LocalDateScalar, { description: 'The day (Norwegian time) of the requests.' })
  day!: string;

  @Field(() => Int, { description: 'The number of requests that day.' })
  requestCount!: number;

  @Field(() => GraphQLISODateTime, { description: 'When the first of the requests came.' })
  firstSeenAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the last of the requests came.' })
  lastSeenAt!: Date;
}

@ObjectType('DeprecatedUsagePage', { description: 'A page of deprecated-usage rows, with the total count.' })
export class DeprecatedUsagePage extends Paginated(DeprecatedUsageModel) {}
