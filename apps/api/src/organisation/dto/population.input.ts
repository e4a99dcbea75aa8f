import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: "An organisation's population (inhabitants) for a year." })
export class PopulationInput {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  value!: number;

  @Field({ nullable: true, description: 'Where the figure comes from, e.g. "SSB table 07459".' })
  source?: string;
}
