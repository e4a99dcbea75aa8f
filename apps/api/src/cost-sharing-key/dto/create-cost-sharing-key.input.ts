import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';

@InputType()
export class CreateCostSharingKeyInput {
  @Field()
  name!: string;

  @Field({ nullable: true })
  description?: string;

  @Field(() => ID, {
    description: 'The organisation that manages the key (its initiative owners may edit it).',
  })
  ownerOrganisationId!: string;

  @Field(() => GraphQLJSONObject, { description: 'The key specification; validated, errors name the path.' })
  spec!: Record<string, unknown>;

  @Field(() => Int, {
    nullable: true,
    description: 'Population year for the population driver (default: the run year).',
  })
  populationYear?: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validTo?: string | null;
}
