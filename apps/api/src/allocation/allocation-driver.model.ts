import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';

@ObjectType('AllocationDriver', { description: 'A driver value for one participant and year.' })
export class AllocationDriverModel {
  organisationId!: string;

  @Field(() => Int)
  year!: number;

  @Field()
  driver!: string;

  @Field(() => DecimalScalar, {
    description: 'The driver’s value for the organisation, e.g. "15320" or "12.5".',
  })
  value!: string;

  @Field()
  source!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the allocation driver was last changed.' })
  updatedAt!: Date;
}
