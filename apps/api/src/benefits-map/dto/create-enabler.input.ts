import { EnablerKind } from '@gevinst/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import '../../benefit/benefit-enums.js';

@InputType({ description: "The values of a new enabler in an initiative's benefits map." })
export class CreateEnablerInput {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field(() => EnablerKind, { description: 'The kind of enabler.' })
  kind!: EnablerKind;

  @Field({ description: "The enabler's title." })
  title!: string;

  @Field({ description: 'A free-text description of the enabler.', nullable: true })
  description?: string;
}
