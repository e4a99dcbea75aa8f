import { FundingScheme } from '@gevinst/domain';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import '../graphql/enums.js';

export enum FundingStatus {
  FUNDED = 'FUNDED',
  UNDERFUNDED = 'UNDERFUNDED',
  OVERFUNDED = 'OVERFUNDED',
}
registerEnumType(FundingStatus, {
  name: 'FundingStatus',
  description: 'Where funding stands against cost: the sign of the balance (funding − cost).',
  valuesMap: {
    FUNDED: { description: 'The funding equals the cost (balance 0).' },
    UNDERFUNDED: { description: 'Less funding than cost (balance below 0).' },
    OVERFUNDED: { description: 'More funding than cost (balance above 0).' },
  },
});

export enum CoFinancingShareFlag {
  WITHIN_CATEGORY_1 = 'WITHIN_CATEGORY_1',
  CATEGORY_2_ONLY = 'CATEGORY_2_ONLY',
  ABOVE_CAP = 'ABOVE_CAP',
}
registerEnumType(CoFinancingShareFlag, {
  name: 'CoFinancingShareFlag',
  description:
    "The co-financing grant's share of the planned cost against the mechanism's caps (category 1 covers up to 50 %, category 2 up to 85 % of the project cost). Informative: the category itself is not recorded.",
  valuesMap: {
    WITHIN_CATEGORY_1: { description: 'At most 50 %: within both categories’ caps.' },
    CATEGORY_2_ONLY: { description: 'Above 50 % and at most 85 %: only category 2 covers this much.' },
    ABOVE_CAP: { description: 'Above 85 %: more than either category covers.' },
  },
});

@ObjectType({ isAbstract: true })
export abstract class FundingFiguresModel {
  @Field(() => MoneyScalar, { description: 'NOK planned by the funding sources.' })
  plannedFunding!: string;

  @Field(() => MoneyScalar, {
    description: 'NOK received from the funding sources so far (a source with nothing recorded counts 0).',
  })
  receivedFunding!: string;

  @Field(() => MoneyScalar, { description: 'NOK of planned cost (the cost items’ planned amounts).' })
  plannedCost!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK of actual cost (the cost items’ actual amounts); null when no item has one yet.',
  })
  actualCost!: string | null;

  @Field(() => MoneyScalar, { description: 'plannedFunding − plannedCost.' })
  plannedBalance!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'receivedFunding − actualCost; null when no item has an actual cost yet.',
  })
  receivedBalance!: string | null;

  @Field(() => FundingStatus, { description: 'The status of plannedBalance.' })
  status!: FundingStatus;

  @Field(() => FundingStatus, {
    nullable: true,
    description: 'The status of receivedBalance; null without actual costs.',
  })
  receivedStatus!: FundingStatus | null;
}

@ObjectType('FundingPlanScheme', {
  description:
    'The funding of one scheme against the costs that scheme pays: a cost item counts for the source it names when no key allocates it; an item a key allocates, or that names none, counts for OWN_BUDGET.',
})
export class FundingPlanSchemeModel extends FundingFiguresModel {
  @Field(() => FundingScheme, { description: 'The funding scheme.' })
  scheme!: FundingScheme;
}

@ObjectType('FundingPlanYear', {
  description: 'One year of the funding plan: all its sources against all its costs.',
})
export class FundingPlanYearModel extends FundingFiguresModel {
  @Field(() => Int, { description: 'The budget year.' })
  year!: number;

  @Field(() => [FundingPlanSchemeModel], {
    description:
      'The same per scheme, for the schemes with a source or a cost in the year; they sum to the year.',
  })
  schemes!: FundingPlanSchemeModel[];
}

@ObjectType('FundingPlanTotal', { description: 'The funding plan over all its years.' })
export class FundingPlanTotalModel extends FundingFiguresModel {
  @Field(() => [FundingPlanSchemeModel], { description: 'The same per scheme, over all years.' })
  schemes!: FundingPlanSchemeModel[];
}

@ObjectType('FundingPlanSourceYear', { description: 'One source’s funding in one year.' })
export class FundingPlanSourceYearModel {
  @Field(() => Int, { description: 'The budget year.' })
  year!: number;

  @Field(() => MoneyScalar, { description: 'NOK planned.' })
  plannedAmount!: string;

  @Field(() => MoneyScalar, { description: 'NOK received so far.' })
  receivedAmount!: string;
}

@ObjectType('FundingPlanSource', {
  description: "One source of funding over the years: a grant scheme, or one organisation's own budget.",
})
export class FundingPlanSourceModel {
  @Field(() => FundingScheme, { description: 'The funding scheme.' })
  scheme!: FundingScheme;

  /** Resolved as `organisation`. */
  organisationId!: string | null;

  @Field(() => MoneyScalar, { description: 'NOK planned over all years.' })
  plannedAmount!: string;

  @Field(() => MoneyScalar, { description: 'NOK received so far over all years.' })
  receivedAmount!: string;

  @Field(() => [FundingPlanSourceYearModel], { description: 'Per year, ascending.' })
  years!: FundingPlanSourceYearModel[];

  @Field({
    description:
      'STIMULAB: (some of) the support is given in kind — services such as service design hours, described in inKindDescriptions — beside the money counted in the amounts (which may be 0).',
  })
  inKind!: boolean;

  @Field(() => [String], {
    description:
      'What is given in kind, per funding source year that names it (e.g. "2023: tjenestedesign, 400 timer").',
  })
  inKindDescriptions!: string[];
}

@ObjectType('FundingPlan', {
  description:
    'An initiative\'s funding plan: per year, the planned funding against the planned cost and the received funding against the actual cost, each with its balance and status (see docs/api.md, "The funding plan").',
})
export class FundingPlanModel {
  @Field(() => LocalDateScalar, {
    description:
      'The date the plan was read: received and actual amounts are those recorded by then (today in Norway).',
  })
  asOf!: string;

  @Field(() => [FundingPlanYearModel], {
    description: 'Every year with a funding source or a cost item, ascending.',
  })
  years!: FundingPlanYearModel[];

  @Field(() => FundingPlanTotalModel, { description: 'The sums over all years.' })
  total!: FundingPlanTotalModel;

  @Field(() => FundingStatus, { description: 'The status of the plan over all years (total.status).' })
  status!: FundingStatus;

  @Field(() => [FundingPlanSourceModel], {
    description:
      'The funding by source: each grant scheme, and each organisation’s own budget (OTHER by funder).',
  })
  sources!: FundingPlanSourceModel[];

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The co-financing grant (CO_FINANCING) as a share of the planned cost over all years, in per cent with two decimals; null without co-financing or planned cost.',
  })
  coFinancingShare!: string | null;

  @Field(() => CoFinancingShareFlag, {
    nullable: true,
    description: 'coFinancingShare against the mechanism’s caps (50 %, 85 %); null with coFinancingShare.',
  })
  coFinancingShareFlag!: CoFinancingShareFlag | null;
}
