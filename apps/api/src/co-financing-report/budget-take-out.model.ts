import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('TakeOutFigures', {
  description:
    'One side (planned or realised) of the take-out of a year, NOK (libs/cost-model take-out.ts; docs/funding-schemes.md).',
})
export class TakeOutFiguresModel {
  @Field(() => MoneyScalar, {
    description: "Gross internal benefit: Σ of the positive parts of the agency's budget-releasing benefits.",
  })
  grossBenefitNok!: string;

  @Field(() => MoneyScalar, {
    description:
      'Dis-benefits: Σ of the negative parts (dis-benefits, benefits realised the wrong way), as a positive amount.',
  })
  disBenefitNok!: string;

  @Field(() => MoneyScalar, {
    description:
      'The solution’s operation and maintenance cost of the year counted (OPERATION and MAINTENANCE cost items; realised: actual where recorded, planned otherwise). 0 for an agency that does not run the solution.',
  })
  runningCostNok!: string;

  @Field(() => MoneyScalar, { description: 'max(0, runningCostNok − the pre-project running cost).' })
  runningCostIncreaseNok!: string;

  @Field(() => MoneyScalar, {
    description: 'gross − dis-benefits − running cost increase (may be negative).',
  })
  netNok!: string;

  @Field(() => MoneyScalar, {
    description: 'max(0, net × takeOutPercent / 100), rounded half away from zero to the øre.',
  })
  takeOutNok!: string;
}

@ObjectType('TakeOutAgency', {
  description:
    "One agency's take-out of the report year, with the budget chapter and post it is cut from (its own-budget funding source's).",
})
export class TakeOutAgencyModel {
  /** Resolved as `organisation`. */
  organisationId!: string;

  @Field({ description: 'The initiative’s owner (it runs the solution and bears its running costs).' })
  isOwner!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "The budget chapter (kapittel) of the agency's own-budget funding source for the report year (else its latest year that names one); null: none stated.",
  })
  budgetChapter!: string | null;

  @Field(() => String, { nullable: true, description: 'The post under that chapter; null: none stated.' })
  budgetPost!: string | null;

  @Field(() => TakeOutFiguresModel, { description: 'The planned figures.' })
  planned!: TakeOutFiguresModel;

  @Field(() => TakeOutFiguresModel, { description: 'The realised figures.' })
  realised!: TakeOutFiguresModel;
}

@ObjectType('BudgetTakeOut', {
  description:
    "The co-financing mechanism's take-out of the report year: 50 % of the internal net budget-releasing benefits per agency — BUDGET_RELEASING benefits received by the owner or by a state agency funding the initiative from its own budget — net of dis-benefits and of the solution's operation and maintenance costs beyond the pre-project level (the owner's). Nothing is taken out of a net at or below zero. Definitions: docs/funding-schemes.md.",
})
export class BudgetTakeOutModel {
  @Field(() => DecimalScalar, {
    description:
      'The share of the net budget-releasing benefit taken out of the budget, in per cent (not a fraction): 50 under the co-financing rules.',
  })
  takeOutPercent!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "The owner's annual running cost before the project (the initiative's preProjectRunningCost); null: not stated, counted as 0.",
  })
  preProjectRunningCostNok!: string | null;

  @Field(() => TakeOutFiguresModel, { description: 'Σ over the agencies.' })
  planned!: TakeOutFiguresModel;

  @Field(() => TakeOutFiguresModel, { description: 'Σ over the agencies.' })
  realised!: TakeOutFiguresModel;

  @Field(() => [TakeOutAgencyModel], { description: 'The owner first, then the other agencies by name.' })
  agencies!: TakeOutAgencyModel[];

  @Field(() => MoneyScalar, {
    description:
      'The planned internal net the percentage applies to (= planned.netNok: net of dis-benefits and running cost increases).',
  })
  plannedInternalNetNok!: string;

  @Field(() => MoneyScalar, { description: 'The realised internal net (= realised.netNok).' })
  realisedInternalNetNok!: string;

  @Field(() => MoneyScalar, {
    description: 'The planned take-out (= planned.takeOutNok, Σ of the agencies’).',
  })
  plannedTakeOutNok!: string;

  @Field(() => MoneyScalar, { description: 'The realised take-out (= realised.takeOutNok).' })
  realisedTakeOutNok!: string;
}
