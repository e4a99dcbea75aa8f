import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PopulationChange', { description: 'A figure the import adds or changes.' })
export class PopulationChangeModel {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  municipalityNumber!: string;

  @Field()
  name!: string;

  @Field(() => Int, { nullable: true, description: 'The figure stored for the year before; null when none.' })
  before!: number | null;

  @Field(() => Int)
  after!: number;
}
