import { RagStatus } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import '../../benefit/benefit-enums.js';

@InputType({
  description: "A benefit owner's yearly report on a benefit: an assessment (RAG) and a comment.",
})
export class SubmitBenefitOwnerReportInput {
  @Field(() => ID, { description: "The benefit's id." })
  benefitId!: string;

  @Field(() => Int, { description: 'The year reported on.' })
  year!: number;

  @Field(() => RagStatus, { description: "The owner's RAG assessment of the benefit." })
  assessment!: RagStatus;

  @Field({ description: 'A free-text comment.' })
  comment!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'To replace the report of a year that has one: the version you read. Leave out for a new report.',
  })
  version?: number;
}
