import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { BudgetTakeOutModel } from './budget-take-out.model.js';
import { CoFinancingReportKind } from './co-financing-report-kind.js';
import { CoFinancingReportSubmissionModel } from './co-financing-report-submission.model.js';
import { GrantReconciliationModel } from './grant-reconciliation.model.js';
import { CoFinancingAccountLineModel } from './co-financing-account-line.model.js';
import { CoFinancingBenefitLineModel } from './co-financing-benefit-line.model.js';

@ObjectType('CoFinancingReport', {
  description:
    'A report of the co-financing mechanism (co-financed initiatives only): the annual report, due by 1 March the year after, or the final report for the completion year, due by 1 March the year after completion. Project accounts, deviations, the grant against the accounts, the status of every benefit with the input of the benefit owners, and the budget take-out.',
})
export class CoFinancingReportModel {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field(() => Int, { description: 'The year the report covers.' })
  year!: number;

  @Field(() => LocalDateScalar, { description: 'The first day of the reporting period (YYYY-MM-DD).' })
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'The last day of the reporting period (YYYY-MM-DD).' })
  periodEnd!: string;

  @Field(() => LocalDateScalar, { description: '1 March of the following year.' })
  dueDate!: string;

  @Field(() => CoFinancingReportKind, {
    description: 'FINAL for the completion year (the end date’s year), ANNUAL for any other year.',
  })
  kind!: CoFinancingReportKind;

  @Field({ description: 'kind is FINAL (kept for clients written before kind existed).' })
  isFinalReport!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the binding benefits plan the report measures against (the approved version in force, from which the report’s realisation figures are computed); null when no approved plan exists.',
  })
  benefitPlanVersion!: number | null;

  @Field(() => CoFinancingReportSubmissionModel, {
    nullable: true,
    description: 'When and by whom the owner marked this report submitted; null while it is not.',
  })
  submission!: CoFinancingReportSubmissionModel | null;

  @Field(() => LocalDateScalar, {
    description: 'Benefits are measured to this date: the end of the year, or today.',
  })
  asOf!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the report was generated.' })
  generatedAt!: Date;

  @Field(() => MoneyScalar, {
    description: 'Sum of the planned amounts of the funding sources of scheme CO_FINANCING (every year).',
  })
  coFinancingGrantNok!: string;

  @Field(() => GrantReconciliationModel, { description: 'The grant against the costs.' })
  grantReconciliation!: GrantReconciliationModel;

  @Field(() => DecimalScalar, {
    description: 'Deviations above this percent of the planned amount are flagged.',
  })
  deviationThresholdPercent!: string;

  @Field(() => [CoFinancingAccountLineModel], {
    description: 'Every year up to the report year: one line per cost category, then the year in total.',
  })
  accounts!: CoFinancingAccountLineModel[];

  @Field(() => MoneyScalar, { description: 'Planned cost up to and including the report year.' })
  totalPlannedNok!: string;

  @Field(() => MoneyScalar, { description: 'Actual cost recorded up to and including the report year.' })
  totalActualNok!: string;

  @Field(() => [CoFinancingBenefitLineModel], { description: 'One line per benefit of the initiative.' })
  benefits!: CoFinancingBenefitLineModel[];

  @Field(() => BudgetTakeOutModel, {
    description: 'The budget-releasing benefits against what was taken out of the budget.',
  })
  budgetTakeOut!: BudgetTakeOutModel;
}
