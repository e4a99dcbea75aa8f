import { RagStatus } from '@gevinst/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { VersionedModel } from '../common/versioned-model.js';
import '../benefit/benefit-enums.js';

@ObjectType('BenefitOwnerReport', {
  description:
    "A benefit owner's input for a year: their assessment and comment. The co-financing annual report includes it, notably from external benefit owners (benefits received outside the owner organisation).",
})
export class BenefitOwnerReportModel extends VersionedModel {
  @Field(() => ID, { description: "The benefit owner report's id." })
  id!: string;

  benefitId!: string;

  @Field(() => Int, { description: 'The year reported on.' })
  year!: number;

  @Field(() => RagStatus, { description: "The benefit owner's own assessment." })
  assessment!: RagStatus;

  @Field({ description: 'A free-text comment.' })
  comment!: string;

  @Field(() => String, {
    description: 'The name of the user who submitted the report; empty when unknown.',
    nullable: true,
  })
  reportedByName!: string | null;

  reportedByOrganisationId!: string | null;
}
