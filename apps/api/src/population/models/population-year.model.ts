import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PopulationYear', {
  description:
    'A year with population figures stored (inhabitants on 1 January, SSB table 07459): what a population-based key can use as its population year.',
})
export class PopulationYearModel {
  @Field(() => Int, { description: 'The year (population on 1 January of it).' })
  year!: number;

  @Field(() => Int, { description: 'How many organisations have a population figure for the year.' })
  organisationCount!: number;
}
