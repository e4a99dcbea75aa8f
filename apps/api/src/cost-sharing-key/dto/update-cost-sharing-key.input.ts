import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import { KeySpecInput } from './key-spec.input.js';

@InputType({
  description:
    'Only the fields given change. Changing the rules (spec, populationYear, validFrom, validTo) of a version that a stored allocation run used creates a new version; otherwise the current version is changed in place.',
})
export class UpdateCostSharingKeyInput {
  @Field(() => ID, { description: 'The id of the cost-sharing key to change.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; a different current version fails with a stale-version conflict.',
  })
  version!: number;

  @Field({ description: "The cost-sharing key's name.", nullable: true })
  name?: string;

  @Field({ description: 'A free-text description of the cost-sharing key.', nullable: true })
  description?: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'New rules as JSON. Give keySpec instead.',
    deprecationReason: 'Use keySpec (typed); spec is JSON without a schema.',
  })
  spec?: Record<string, unknown> | null;

  @Field(() => KeySpecInput, {
    nullable: true,
    description: 'New rules, typed (not together with the deprecated spec).',
  })
  keySpec?: KeySpecInput | null;

  @Field(() => Int, {
    description: 'The year of the population figures the key reads; left out: unchanged.',
    nullable: true,
  })
  populationYear?: number | null;

  @Field(() => LocalDateScalar, {
    description: 'The first date the rules apply (YYYY-MM-DD); left out: unchanged.',
    nullable: true,
  })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, {
    description: 'The last date the rules apply (YYYY-MM-DD); left out: unchanged.',
    nullable: true,
  })
  validTo?: string | null;
}
