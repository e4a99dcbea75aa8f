import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { BudgetTakeOutModel } from './budget-take-out.model.js';
import { CoFinancingAccountLineModel } from './co-financing-account-line.model.js';
import { CoFinancingBenefitLineModel } from './co-financing-benefit-line.model.js';

@ObjectType('CoFinancingReport', {
  description:
    'The annual report of the co-financing mechanism, due by 1 March the year after: project accounts, deviations, the status of every benefit with the input of the benefit owners, and the budget take-out.',
})
export class CoFinancingReportModel {
  @Field(() => ID)
  initiativeId!: string;

  @Field(() => Int, { description: 'The year the report covers.' })
  year!: number;

  @Field(() => LocalDateScalar)
  periodStart!: string;

  @Field(() => LocalDateScalar)
  periodEnd!: string;

  @Field(() => LocalDateScalar, { description: '1 March of the following year.' })
  dueDate!: string;

  @Field({ description: 'The year the initiative ends: this is the final report.' })
  isFinalReport!: boolean;

  @Field(() => LocalDateScalar, {
    description: 'Benefits are measured to this date: the end of the year, or today.',
  })
  asOf!: string;

  @Field(() => GraphQLISODateTime)
  generatedAt!: Date;

  @Field(() => MoneyScalar, { description: 'Sum of the funding sources of scheme CO_FINANCING.' })
  coFinancingGrantNok!: string;

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

  @Field(() => [CoFinancingBenefitLineModel])
  benefits!: CoFinancingBenefitLineModel[];

  @Field(() => BudgetTakeOutModel)
  budgetTakeOut!: BudgetTakeOutModel;
}
