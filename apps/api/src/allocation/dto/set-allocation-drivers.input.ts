import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DriverValueInput } from './driver-value.input.js';

@InputType({
  description:
    'Driver values other than population (which comes from the stored population of the key’s year) for participants of an initiative in one year. Given values replace earlier ones for the same organisation.',
})
export class SetAllocationDriversInput {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field(() => Int, { description: 'The year of the values.' })
  year!: number;

  @Field({ description: 'The driver name used in keys, e.g. "transactions" or "users".' })
  driver!: string;

  @Field(() => [DriverValueInput], { description: 'The values per organisation.' })
  values!: DriverValueInput[];

  @Field({ nullable: true, description: 'Where the figures come from.' })
  source?: string;
}
