import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: "An organisation's population (inhabitants) for a year." })
export class PopulationInput {
  @Field(() => Int, { description: 'The year (inhabitants on 1 January).' })
  year!: number;

  @Field(() => Int, { description: 'The number of inhabitants (0 or more).' })
  value!: number;

  @Field({ nullable: true, description: 'Where the figure comes from, e.g. "SSB table 07459".' })
  source?: string;
}
