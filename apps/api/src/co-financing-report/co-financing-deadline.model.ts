import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { CoFinancingReportKind } from './co-financing-report-kind.js';
import { CoFinancingReportSubmissionModel } from './co-financing-report-submission.model.js';

@ObjectType('CoFinancingReportDue', {
  description:
    'One report a co-financed initiative owes: the year, its kind and deadline, and whether it is in.',
})
export class CoFinancingReportDueModel {
  @Field(() => Int, { description: 'The reporting year.' })
  year!: number;

  @Field(() => CoFinancingReportKind, { description: 'Which report is due: ANNUAL or FINAL.' })
  kind!: CoFinancingReportKind;

  @Field(() => LocalDateScalar, { description: '1 March of the year after.' })
  dueDate!: string;

  @Field(() => CoFinancingReportSubmissionModel, { nullable: true, description: 'Null while not submitted.' })
  submission!: CoFinancingReportSubmissionModel | null;

  @Field({ description: 'Not submitted and the due date has passed (before asOf).' })
  overdue!: boolean;
}

@ObjectType('CoFinancingReportDeadlines', {
  description:
    "A co-financed initiative's reports: every one it owes up to asOf's year (annual from the first grant year, final for the completion year), the next one due and the overdue ones.",
})
export class CoFinancingReportDeadlinesModel {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field({ description: 'The initiative’s code (for lists without a second lookup).' })
  code!: string;

  @Field({ description: "The initiative's name." })
  name!: string;

  @Field(() => [CoFinancingReportDueModel], { description: 'Ascending by year.' })
  reports!: CoFinancingReportDueModel[];

  @Field(() => CoFinancingReportDueModel, {
    nullable: true,
    description:
      'The earliest report not submitted (overdue or not); null when every report owed so far is in.',
  })
  nextDue!: CoFinancingReportDueModel | null;

  @Field(() => Int, { description: 'How many reports are overdue.' })
  overdueCount!: number;
}
