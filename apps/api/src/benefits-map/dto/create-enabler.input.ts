import { EnablerKind } from '@gevinst/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import '../../benefit/benefit-enums.js';

@InputType()
export class CreateEnablerInput {
  @Field(() => ID)
  initiativeId!: string;

  @Field(() => EnablerKind)
  kind!: EnablerKind;

  @Field()
  title!: string;

  @Field({ nullable: true })
  description?: string;
}
