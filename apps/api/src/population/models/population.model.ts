import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Population', {
  description: 'Inhabitants on 1 January of a year, with where the figure came from.',
})
export class PopulationModel {
  @Field(() => Int, { description: 'The year (inhabitants on 1 January).' })
  year!: number;

  @Field(() => Int, { description: 'The number of inhabitants.' })
  value!: number;

  @Field({ description: 'Where the figure comes from, e.g. an SSB table.' })
  source!: string;
}
