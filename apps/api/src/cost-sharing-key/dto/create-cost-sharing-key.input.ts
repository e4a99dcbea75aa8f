import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import { KeySpecInput } from './key-spec.input.js';

@InputType({ description: 'The values of a new cost-sharing key and its first version.' })
export class CreateCostSharingKeyInput {
  @Field({ description: "The cost-sharing key's name." })
  name!: string;

  @Field({ description: 'A free-text description of the cost-sharing key.', nullable: true })
  description?: string;

  @Field(() => ID, {
    description: 'The organisation that manages the key (its initiative owners may edit it).',
  })
  ownerOrganisationId!: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The key specification as JSON; validated, errors name the path. Give keySpec instead.',
    deprecationReason: 'Use keySpec (typed); spec is JSON without a schema.',
  })
  spec?: Record<string, unknown> | null;

  @Field(() => KeySpecInput, {
    nullable: true,
    description: 'The key specification, typed (give this or the deprecated spec, exactly one).',
  })
  keySpec?: KeySpecInput | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Population year for the population driver (default: the run year).',
  })
  populationYear?: number | null;

  @Field(() => LocalDateScalar, {
    description: 'The first date the key applies (YYYY-MM-DD); empty: no start.',
    nullable: true,
  })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, {
    description: 'The last date the key applies (YYYY-MM-DD); empty: no end.',
    nullable: true,
  })
  validTo?: string | null;
}
