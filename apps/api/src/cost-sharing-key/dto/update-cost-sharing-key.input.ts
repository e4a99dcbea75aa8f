import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';

@InputType({
  description:
    'Only the fields given change. Changing the rules (spec, populationYear, validFrom, validTo) of a version that a stored allocation run used creates a new version; otherwise the current version is changed in place.',
})
export class UpdateCostSharingKeyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  description?: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  spec?: Record<string, unknown>;

  @Field(() => Int, { nullable: true })
  populationYear?: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validTo?: string | null;
}
