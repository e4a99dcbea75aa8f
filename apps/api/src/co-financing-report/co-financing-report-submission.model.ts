import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { CoFinancingReportKind } from './co-financing-report-kind.js';

@ObjectType('CoFinancingReportSubmission', {
  description: 'A co-financing report marked submitted to Digdir by the owner (audited).',
})
export class CoFinancingReportSubmissionModel {
  @Field(() => Int, { description: 'The reporting year.' })
  year!: number;

  @Field(() => CoFinancingReportKind, { description: 'Which report was submitted: ANNUAL or FINAL.' })
  kind!: CoFinancingReportKind;

  @Field(() => GraphQLISODateTime, { description: 'When the report was marked as submitted.' })
  submittedAt!: Date;

  @Field({ description: 'The name of the user who marked it.' })
  submittedByName!: string;
}
