import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Population', {
  description: 'Inhabitants on 1 January of a year, with where the figure came from.',
})
export class PopulationModel {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  value!: number;

  @Field()
  source!: string;
}
