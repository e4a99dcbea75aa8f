import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';

@ObjectType('AllocationDriver', { description: 'A driver value for one participant and year.' })
export class AllocationDriverModel {
  organisationId!: string;

  @Field(() => Int, { description: 'The year of the value.' })
  year!: number;

  @Field({ description: 'The driver name used in keys, e.g. "transactions".' })
  driver!: string;

  @Field(() => DecimalScalar, {
    description: 'The driver’s value for the organisation, e.g. "15320" or "12.5".',
  })
  value!: string;

  @Field({ description: 'Where the figure comes from.' })
  source!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the allocation driver was last changed.' })
  updatedAt!: Date;
}
