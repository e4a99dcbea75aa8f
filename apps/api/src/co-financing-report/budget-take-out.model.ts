import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('BudgetTakeOut', {
  description:
    "The co-financing mechanism's take-out: 50 % of the internal net budget-releasing benefits (BUDGET_RELEASING benefits received by the owner organisation, dis-benefits netted) are taken out as budget cuts. Nothing is taken out of a net below zero.",
})
export class BudgetTakeOutModel {
  @Field(() => DecimalScalar)
  takeOutPercent!: string;

  @Field(() => MoneyScalar)
  plannedInternalNetNok!: string;

  @Field(() => MoneyScalar)
  realisedInternalNetNok!: string;

  @Field(() => MoneyScalar, {
    description: '50 % of the planned internal net, rounded half away from zero to the øre.',
  })
  plannedTakeOutNok!: string;

  @Field(() => MoneyScalar, { description: '50 % of the realised internal net.' })
  realisedTakeOutNok!: string;
}
