import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: "One organisation's value of an allocation driver." })
export class DriverValueInput {
  @Field(() => ID, { description: "The organisation's id." })
  organisationId!: string;

  @Field({ description: 'A non-negative decimal number as a string, e.g. "15320" or "12.5".' })
  value!: string;
}
