import { Field, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('NetTotals', {
  description:
    'The sums over the organisations shown and the grant schemes: paidNok = allocatedCostNok + ownBudgetCostNok + schemePaidNok is every krone the initiatives cost in the period, by whoever pays it.',
})
export class NetTotalsModel {
  @Field(() => MoneyScalar, { description: 'Σ the organisations’ allocatedCostNok.' })
  allocatedCostNok!: string;

  @Field(() => MoneyScalar, { description: 'Σ the organisations’ ownBudgetCostNok.' })
  ownBudgetCostNok!: string;

  @Field(() => MoneyScalar, { description: 'Σ the grant schemes’ paidNok (schemes).' })
  schemePaidNok!: string;

  @Field(() => MoneyScalar, { description: 'allocatedCostNok + ownBudgetCostNok + schemePaidNok.' })
  paidNok!: string;

  @Field(() => MoneyScalar, { description: 'Σ the organisations’ plannedBenefitNok.' })
  plannedBenefitNok!: string;

  @Field(() => MoneyScalar, { description: 'Σ the organisations’ realisedBenefitNok.' })
  realisedBenefitNok!: string;

  @Field(() => MoneyScalar, {
    description: 'plannedBenefitNok − paidNok (= Σ the organisations’ plannedNetNok − schemePaidNok).',
  })
  plannedNetNok!: string;

  @Field(() => MoneyScalar, {
    description: 'realisedBenefitNok − paidNok (= Σ the organisations’ realisedNetNok − schemePaidNok).',
  })
  realisedNetNok!: string;
}
