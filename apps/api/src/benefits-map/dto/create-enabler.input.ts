import { EnablerKind } from '@gevinst/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import '../../benefit/benefit-enums.js';

@InputType()
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
