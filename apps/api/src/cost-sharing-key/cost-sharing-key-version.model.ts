import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';

@ObjectType('CostSharingKeyVersion', {
  description: 'One version of a key’s rules. Versions used by a stored allocation run never change.',
})
export class CostSharingKeyVersionModel {
  @Field(() => ID, { description: "The cost-sharing key version's id." })
  id!: string;

  keyId!: string;

  @Field(() => Int, { description: "The version's number: 1, 2, … in the order made." })
  versionNumber!: number;

  @Field(() => GraphQLJSONObject, {
    description:
      'The key specification as JSON (see the cost-sharing methods guide), e.g. { "method": "PROPORTIONAL", "driver": "population" }.',
    deprecationReason: 'Use keySpec.',
  })
  spec!: Record<string, unknown>;

  @Field(() => Int, {
    nullable: true,
    description: 'The year of the population figures the population driver uses.',
  })
  populationYear!: number | null;

  @Field(() => LocalDateScalar, {
    description: 'The first date the version applies (YYYY-MM-DD); empty: no start.',
    nullable: true,
  })
  validFrom!: string | null;

  @Field(() => LocalDateScalar, {
    description: 'The last date the version applies (YYYY-MM-DD); empty: no end.',
    nullable: true,
  })
  validTo!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the cost-sharing key version was created.' })
  createdAt!: Date;
}
