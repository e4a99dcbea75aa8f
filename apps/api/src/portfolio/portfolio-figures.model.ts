import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { RagCountsModel } from './rag-counts.model.js';
import { declareMoneyAliases, useAmount } from '../common/money-alias.js';

/** The figures of a set of initiatives over the years asked for; see the API guide for the definitions. */
@ObjectType({ isAbstract: true })
export abstract class PortfolioFiguresModel {
  @Field(() => Int, { description: 'The number of initiatives.' })
  initiativeCount!: number;

  @Field(() => Int, { description: 'Benefits of the initiatives, cancelled ones included.' })
  benefitCount!: number;

  @Field(() => MoneyScalar, {
    deprecationReason: useAmount('plannedCostAmount'),
    description: 'Planned amounts of the cost items of the years.',
  })
  plannedCostNok!: string;

  @Field(() => MoneyScalar, { description: 'Actual amounts recorded for the cost items of the years.' })
  actualCostNok!: string;

  @Field(() => MoneyScalar, {
    description: 'Σ over the years of the planned monetised benefits (dis-benefits negative).',
  })
  plannedBenefitNok!: string;

  @Field(() => MoneyScalar, {
    description: 'The planned benefits up to asOf: whole years before it, and the plan at asOf in its year.',
  })
  plannedBenefitToDateNok!: string;

  @Field(() => MoneyScalar, {
    description: 'Σ over the years up to asOf of the realised monetised benefits.',
  })
  realisedBenefitNok!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'realisedBenefitNok / plannedBenefitToDateNok × 100, two decimals; null when nothing is planned to date.',
  })
  realisationPercent!: string | null;

  @Field(() => RagCountsModel, {
    description:
      'Benefits (not cancelled) by their status at asOf; notAssessed: not measured yet or nothing planned yet.',
  })
  rag!: RagCountsModel;

  @Field(() => RagCountsModel, {
    description:
      "Initiatives by their overall status at asOf (Initiative.rag: the worst status of their benefits that are not cancelled); notAssessed: none of their benefits assessed. The initiatives list's rag filter selects the same initiatives.",
  })
  initiativeRag!: RagCountsModel;
}
declareMoneyAliases(PortfolioFiguresModel, [
  { old: 'plannedCostNok', amount: 'plannedCostAmount', description: 'NOK: the planned costs.' },
]);
