import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PopulationChange', { description: 'A figure the import adds or changes.' })
export class PopulationChangeModel {
  @Field(() => ID, { description: "The organisation's id." })
  organisationId!: string;

  @Field({ description: 'The four-digit municipality number (kommunenummer); municipalities only.' })
  municipalityNumber!: string;

  @Field({ description: "The organisation's name." })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'The figure stored for the year before; null when none.' })
  before!: number | null;

  @Field(() => Int, { description: 'The population after the import.' })
  after!: number;
}
