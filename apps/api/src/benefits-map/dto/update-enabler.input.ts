import { EnablerKind } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import '../../benefit/benefit-enums.js';

@InputType({ description: 'Only the fields given are changed. `version` must be the version you read.' })
export class UpdateEnablerInput {
  @Field(() => ID, { description: 'The id of the enabler to change.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; a different current version fails with a stale-version conflict.',
  })
  version!: number;

  @Field(() => EnablerKind, { description: 'The kind of enabler.', nullable: true })
  kind?: EnablerKind;

  @Field({ description: "The enabler's title.", nullable: true })
  title?: string;

  @Field({ description: 'A free-text description of the enabler.', nullable: true })
  description?: string;
}
