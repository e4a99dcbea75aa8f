import { EnablerKind } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import '../../benefit/benefit-enums.js';

@InputType({ description: 'Only the fields given are changed. `version` must be the version you read.' })
export class UpdateEnablerInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => EnablerKind, { nullable: true })
  kind?: EnablerKind;

  @Field({ nullable: true })
  title?: string;

  @Field({ nullable: true })
  description?: string;
}
