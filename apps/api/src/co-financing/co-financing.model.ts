import {
  CoFinancingApplicationStatus,
  CoFinancingCallStatus,
  CoFinancingCategory,
  CoFinancingFindingCodeEnum,
  type CoFinancingFindingCode,
  type CoFinancingFindingFigures,
  OrganisationKind,
} from '@gevinst/domain';
import './co-financing-enums.js';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { VersionedModel } from '../common/versioned-model.js';
import { CoFinancingFindingSeverity } from './co-financing-enums.js';

@ObjectType('CoFinancingCategoryRules', { description: "One category's limits in a rule set (NOK)." })
export class CoFinancingCategoryRulesModel {
  @Field(() => CoFinancingCategory, { description: 'The category these rules apply to.' })
  category!: CoFinancingCategory;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The smallest total cost (inclusive); null: none.',
  })
  minTotalCost!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The largest total cost (inclusive); null: none.',
  })
  maxTotalCost!: string | null;

  @Field(() => Int, { description: 'The largest share of the total cost the grant may cover, in percent.' })
  maxGrantPercent!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'The largest grant (inclusive); null: none.' })
  maxGrant!: string | null;
}

@ObjectType('CoFinancingRuleSet', {
  description:
    "The co-financing scheme's rules for the calls of a range of years (libs/domain CO_FINANCING_RULE_SETS; docs/funding-schemes.md). A call keeps the set in force when it was created.",
})
export class CoFinancingRuleSetModel {
  @Field({ description: 'The set\'s name, e.g. "MEDFIN-2020".' })
  id!: string;

  @Field(() => Int, { description: 'The first call year the set applies to.' })
  fromYear!: number;

  @Field(() => Int, { nullable: true, description: 'The last call year; null: until another set.' })
  toYear!: number | null;

  @Field({ description: 'Where the rules come from, or what is assumed.' })
  source!: string;

  @Field(() => [OrganisationKind], { description: 'The organisation kinds that may apply.' })
  applicantKinds!: OrganisationKind[];

  @Field(() => [OrganisationKind], {
    description: 'Kinds that take part only as partners; their taking part requires KS to be consulted.',
  })
  partnerOnlyKinds!: OrganisationKind[];

  @Field(() => [CoFinancingCategoryRulesModel], {
    description: 'The rules of each category (CATEGORY_1, CATEGORY_2) in this rule set.',
  })
  categories!: CoFinancingCategoryRulesModel[];

  @Field(() => [CoFinancingFindingCodeEnum], {
    description: 'The finding codes the secretariat may accept as exceptions.',
  })
  exceptable!: CoFinancingFindingCode[];
}

@ObjectType('CoFinancingCall', {
  description: 'A co-financing call (utlysning) of the year, with the rule set in force for that year.',
})
export class CoFinancingCallModel extends VersionedModel {
  @Field(() => ID, { description: "The co-financing call's id." })
  id!: string;

  @Field(() => Int, { description: 'The year of the call.' })
  year!: number;

  @Field({ description: 'E.g. «Medfinansieringsordningen 2024».' })
  title!: string;

  @Field(() => LocalDateScalar, { description: 'The application deadline.' })
  deadline!: string;

  @Field(() => CoFinancingCallStatus, { description: "The co-financing call's status." })
  status!: CoFinancingCallStatus;
}

@ObjectType('CoFinancingGrantYear', { description: 'The grant for one year.' })
export class CoFinancingGrantYearModel {
  @Field(() => Int, { description: 'The year of the grant.' })
  year!: number;

  @Field(() => MoneyScalar, { description: 'NOK.' })
  amount!: string;
}

@ObjectType('CoFinancingException', {
  description: 'A breach of the rules the secretariat accepted, with the stated reason, who and when.',
})
export class CoFinancingExceptionModel {
  @Field(() => CoFinancingFindingCodeEnum, {
    description: 'The finding code excepted, e.g. MEDFIN_KS_NOT_CONSULTED.',
  })
  code!: CoFinancingFindingCode;

  @Field({ description: 'The stated reason.' })
  reason!: string;

  @Field({ description: 'Who recorded it.' })
  recordedByName!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the exception was recorded.' })
  recordedAt!: string;
}

@ObjectType('CoFinancingFindingFigures', {
  description:
    'A finding’s figures, typed: each parameter of its rule under a name of its own (NOK as the rules compared them); null where the finding’s rule has no such figure.',
})
export class CoFinancingFindingFiguresModel implements CoFinancingFindingFigures {
  @Field(() => CoFinancingCategory, {
    nullable: true,
    description: 'The category whose limits were breached (the cost and grant findings).',
  })
  category!: CoFinancingCategory | null;

  @Field(() => String, {
    nullable: true,
    description: 'The applicant’s name (MEDFIN_APPLICANT_KIND, MEDFIN_LOCAL_ONLY_PARTNER).',
  })
  applicantName!: string | null;

  @Field(() => OrganisationKind, {
    nullable: true,
    description: 'The applicant’s kind of organisation (MEDFIN_APPLICANT_KIND, MEDFIN_LOCAL_ONLY_PARTNER).',
  })
  applicantKind!: OrganisationKind | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK: the application’s total cost (MEDFIN_COST_BELOW_MIN, MEDFIN_COST_ABOVE_MAX).',
  })
  totalCostAmount!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK: the category’s smallest total cost (MEDFIN_COST_BELOW_MIN).',
  })
  minTotalCostAmount!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK: the category’s largest total cost (MEDFIN_COST_ABOVE_MAX).',
  })
  maxTotalCostAmount!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK: the grant applied for (MEDFIN_GRANT_ABOVE_SHARE, MEDFIN_GRANT_ABOVE_CAP).',
  })
  requestedGrantAmount!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'NOK: the largest grant the breached rule allows: maxGrantPercent % of the total cost, rounded down to the øre (MEDFIN_GRANT_ABOVE_SHARE), or the category’s cap (MEDFIN_GRANT_ABOVE_CAP).',
  })
  maxGrantAmount!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The largest share of the total cost the grant may cover, in percent (MEDFIN_GRANT_ABOVE_SHARE).',
  })
  maxGrantPercent!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many municipalities and county authorities take part (MEDFIN_KS_NOT_CONSULTED).',
  })
  localPartnerCount!: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The first five of them by name (MEDFIN_KS_NOT_CONSULTED).',
  })
  localPartnerNames!: string[] | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK: the net present value that is not positive (MEDFIN_NOT_PROFITABLE).',
  })
  npvAmount!: string | null;
}

@ObjectType('CoFinancingFinding', {
  description:
    'One breach of the rules found by the eligibility check: an ERROR, or EXCEPTED with the reason the secretariat stated. Never silent.',
})
export class CoFinancingFindingModel {
  @Field(() => CoFinancingFindingCodeEnum, {
    description: 'The rule breached (a message code), e.g. MEDFIN_GRANT_ABOVE_CAP.',
  })
  code!: CoFinancingFindingCode;

  @Field(() => CoFinancingFindingSeverity, {
    description: 'ERROR (blocks approval) or EXCEPTED (accepted by the secretariat with a reason).',
  })
  severity!: CoFinancingFindingSeverity;

  @Field(() => GraphQLJSONObject, {
    description:
      'The figures of the finding as JSON, keyed by its message’s parameters (limits and values, NOK).',
    deprecationReason: 'Use figures.',
  })
  params!: Record<string, unknown>;

  @Field(() => CoFinancingFindingFiguresModel, { description: 'The figures of the finding, typed.' })
  figures!: CoFinancingFindingFiguresModel;

  @Field({ description: 'The finding in words, in the language of Accept-Language (English or Bokmål).' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'EXCEPTED: the stated reason; else null.' })
  exceptionReason!: string | null;
}

@ObjectType('CoFinancingEligibility', {
  description: "An application's eligibility under its call's rule set, explained finding by finding.",
})
export class CoFinancingEligibilityModel {
  @Field({ description: 'True when no finding is an ERROR (an EXCEPTED finding does not block).' })
  eligible!: boolean;

  @Field(() => Int, { description: 'The number of ERROR findings (breaches that block approval).' })
  errorCount!: number;

  @Field(() => Int, { description: 'The number of EXCEPTED findings (breaches the secretariat accepted).' })
  exceptedCount!: number;

  @Field(() => [CoFinancingFindingModel], { description: 'Every breach; empty when none.' })
  findings!: CoFinancingFindingModel[];

  @Field(() => MoneyScalar, {
    description:
      'The largest grant the category allows for the total cost: the smaller of the share (rounded down to øre) and the cap.',
  })
  maxGrant!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The NPV of the initiative's analysis (the same as Initiative.economics.npv); null if none.",
  })
  npv!: string | null;
}

@ObjectType('CoFinancingApplication', {
  description:
    "An application to a co-financing call for an initiative. The applicant is the initiative's owner and the partners are its other participants. Its funding plan, analysis and benefits plan are the initiative's (initiative { fundingPlan economics benefits }).",
})
export class CoFinancingApplicationModel extends VersionedModel {
  @Field(() => ID, { description: "The co-financing application's id." })
  id!: string;

  callId!: string;

  initiativeId!: string;

  @Field(() => CoFinancingCategory, { description: "The co-financing application's category." })
  category!: CoFinancingCategory;

  @Field(() => MoneyScalar, { description: "NOK, the project's total cost." })
  totalCost!: string;

  @Field(() => MoneyScalar, { description: 'NOK, the grant applied for.' })
  requestedGrant!: string;

  @Field(() => [CoFinancingGrantYearModel], {
    description: 'The grant applied for by year; adds up to requestedGrant.',
  })
  requestedByYear!: CoFinancingGrantYearModel[];

  @Field({ description: 'Whether KS was consulted (required when municipalities or counties take part).' })
  ksConsulted!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When KS was consulted.' })
  ksConsultedOn!: string | null;

  @Field({ description: "A note on KS's consultation (e.g. its answer)." })
  ksNote!: string;

  @Field(() => CoFinancingApplicationStatus, { description: "The co-financing application's status." })
  status!: CoFinancingApplicationStatus;

  @Field(() => [CoFinancingExceptionModel], { description: 'The exceptions the secretariat recorded.' })
  exceptions!: CoFinancingExceptionModel[];

  @Field({ description: "The secretariat's decision note (approval or rejection)." })
  decisionNote!: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When the application was submitted; empty while a draft.',
    nullable: true,
  })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who approved or rejected it.' })
  decidedByName!: string | null;

  @Field(() => GraphQLISODateTime, {
    description: 'When the application was approved or rejected; empty until then.',
    nullable: true,
  })
  decidedAt!: Date | null;
}

@ObjectType('CoFinancingRankingRow', {
  description:
    "One application in a call's ranking: the initiative's analysis figures (Initiative.economics with its defaults) and the eligibility summary.",
})
export class CoFinancingRankingRowModel {
  @Field(() => Int, { description: 'Rank: 1 is the highest NPV per budget krone.' })
  rank!: number;

  @Field(() => ID, { description: "The application's id." })
  applicationId!: string;

  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field({ description: "The initiative's code." })
  initiativeCode!: string;

  @Field({ description: "The initiative's name." })
  initiativeName!: string;

  @Field({ description: 'The applying agency (the owner).' })
  applicantName!: string;

  @Field(() => CoFinancingCategory, { description: "The application's co-financing category." })
  category!: CoFinancingCategory;

  @Field(() => CoFinancingApplicationStatus, { description: "The application's status." })
  status!: CoFinancingApplicationStatus;

  @Field(() => MoneyScalar, { description: "NOK, the project's total cost." })
  totalCost!: string;

  @Field(() => MoneyScalar, { description: 'NOK, the grant applied for.' })
  requestedGrant!: string;

  @Field(() => MoneyScalar, { description: 'Net present value (economics.npv).' })
  npv!: string;

  @Field(() => MoneyScalar, {
    description:
      'Budget kroner: the present value of the net burden on public budgets (economics.presentValueNetPublicSpending).',
  })
  budgetKroner!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'NPV per budget krone (economics.npvPerBudgetKrone); null (ranked last) when the net burden is zero or a saving.',
  })
  npvPerBudgetKrone!: string | null;

  @Field(() => Int, { description: 'The analysis period: first year.' })
  fromYear!: number;

  @Field(() => Int, { description: 'The analysis period: last year.' })
  toYear!: number;

  @Field(() => Int, { description: 'The price base: the year whose fixed prices the figures are in.' })
  priceBaseYear!: number;

  @Field({ description: 'True when no finding is an ERROR (an EXCEPTED finding does not block).' })
  eligible!: boolean;

  @Field(() => Int, { description: 'The number of ERROR findings (breaches that block approval).' })
  errorCount!: number;

  @Field(() => Int, { description: 'The number of EXCEPTED findings (breaches the secretariat accepted).' })
  exceptedCount!: number;

  @Field(() => [String], { description: 'The finding codes, errors and exceptions alike.' })
  findingCodes!: string[];
}
