import { OrganisationKind } from '@gevinst/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import '../graphql/enums.js';
import { Paginated } from '../common/pagination.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';

@ObjectType('DigifinYear', {
  description:
    'One year of the DigiFin fund: opening + contributions − grants = closing, and the matching rule so far (docs/funding-schemes.md, "DigiFin").',
})
export class DigifinYearModel {
  @Field(() => Int, { description: 'The year.' })
  year!: number;
  @Field(() => MoneyScalar, {
    description: 'The balance at the start of the year (the previous closing; 0 the first year).',
  })
  opening!: string;
  @Field(() => MoneyScalar, { description: "The state's contribution in the year." })
  state!: string;
  @Field(() => MoneyScalar, { description: "KS's own contribution in the year." })
  ks!: string;
  @Field(() => MoneyScalar, {
    description: "The municipalities' contributions in the year (rate × population).",
  })
  municipalities!: string;
  @Field(() => MoneyScalar, {
    description: "The county authorities' contributions in the year (rate × population).",
  })
  countyAuthorities!: string;
  @Field(() => MoneyScalar, {
    description: "The local sector's contributions: municipalities + county authorities + KS.",
  })
  local!: string;
  @Field(() => MoneyScalar, { description: 'All contributions of the year: state + local.' })
  contributions!: string;
  @Field(() => MoneyScalar, {
    description: 'The DigiFin grants of the year (the DIGIFIN funding sources, planned).',
  })
  grants!: string;
  @Field(() => MoneyScalar, { description: 'The DigiFin grants of the year received so far.' })
  grantsReceived!: string;
  @Field(() => MoneyScalar, { description: 'opening + contributions − grants.' })
  closing!: string;
  @Field({ description: 'Whether the closing balance is below 0 (more granted than the fund holds).' })
  overdrawn!: boolean;
  @Field(() => MoneyScalar, { description: "The state's contributions up to and including the year." })
  cumulativeState!: string;
  @Field(() => MoneyScalar, { description: "The local sector's contributions up to and including the year." })
  cumulativeLocal!: string;
  @Field({ description: 'The matching rule in the year: cumulativeLocal ≥ cumulativeState.' })
  matchingMet!: boolean;
}

@ObjectType('DigifinMatching', {
  description:
    'The matching rule: the local sector contributes at least as much as the state, counted cumulatively (KS: the condition of the state’s NOK 125 million).',
})
export class DigifinMatchingModel {
  @Field({ description: 'Whether the rule holds at the last year of the ledger.' })
  met!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'The first year from which it holds in every later year; null when it does not hold.',
  })
  metFrom!: number | null;
  @Field(() => [Int], { description: 'The years in which it does not hold.' })
  yearsNotMet!: number[];
  @Field(() => MoneyScalar, { description: "The state's contributions, in total." })
  cumulativeState!: string;
  @Field(() => MoneyScalar, { description: "The local sector's contributions, in total." })
  cumulativeLocal!: string;
  @Field(() => MoneyScalar, {
    description: 'cumulativeLocal − cumulativeState (negative: the local sector is short).',
  })
  surplus!: string;
}

@ObjectType('DigifinTotals', { description: 'The fund over every year of the ledger.' })
export class DigifinTotalsModel {
  @Field(() => MoneyScalar, { description: "The state's contributions." })
  state!: string;
  @Field(() => MoneyScalar, { description: "The local sector's contributions." })
  local!: string;
  @Field(() => MoneyScalar, { description: 'All contributions.' })
  contributions!: string;
  @Field(() => MoneyScalar, { description: 'All grants (planned).' })
  grants!: string;
  @Field(() => MoneyScalar, { description: 'All grants received so far.' })
  grantsReceived!: string;
  @Field(() => MoneyScalar, { description: 'The closing balance of the last year.' })
  closing!: string;
}

@ObjectType('DigifinContribution', {
  description:
    "An organisation's DigiFin contribution in a year: rate × its population of the rule's population year.",
})
export class DigifinContributionModel {
  @Field(() => ID, { description: 'The contributing organisation.' })
  organisationId!: string;
  @Field({ description: "The organisation's name." })
  name!: string;
  @Field({ description: "The organisation's number (9 digits)." })
  orgNumber!: string;
  @Field(() => OrganisationKind, { description: 'MUNICIPALITY or COUNTY_AUTHORITY.' })
  kind!: `${OrganisationKind}`;
  @Field(() => Int, { description: 'The contribution year.' })
  year!: number;
  @Field(() => Int, { description: 'The inhabitants the rate is applied to.' })
  population!: number;
  @Field(() => Int, { description: 'The population year (1 January) the rule reads.' })
  populationYear!: number;
  @Field(() => DecimalScalar, { description: 'NOK per inhabitant (decimal string, at least two decimals).' })
  rate!: string;
  @Field(() => MoneyScalar, { description: 'rate × population, exact to the øre.' })
  amount!: string;
}

@ObjectType('DigifinContributionPage', {
  description: 'A page of contributions, with the totals of every matching row.',
})
export class DigifinContributionPage extends Paginated(DigifinContributionModel) {
  @Field(() => MoneyScalar, { description: 'Σ amount of every matching contribution (all pages).' })
  totalAmount!: string;
  @Field(() => Int, { description: 'Σ population of every matching contribution (all pages).' })
  totalPopulation!: number;
}

@ObjectType('DigifinGrant', {
  description: "A DigiFin grant: one initiative's DIGIFIN funding for one year.",
})
export class DigifinGrantModel {
  @Field(() => ID, { description: 'The funded initiative.' })
  initiativeId!: string;
  @Field({ description: "The initiative's code." })
  code!: string;
  @Field({ description: "The initiative's name." })
  name!: string;
  @Field(() => ID, {
    description: 'The owner (the grant’s recipient: a municipality, a county authority or KS).',
  })
  ownerId!: string;
  @Field({ description: "The owner's name." })
  ownerName!: string;
  @Field(() => Int, { description: 'The year of the grant.' })
  year!: number;
  @Field(() => MoneyScalar, { description: 'Granted (planned) for the year.' })
  planned!: string;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Received so far; null when nothing is recorded.',
  })
  received!: string | null;
}

@ObjectType('DigifinRule', { description: 'A contribution rule of the fund (data, with its source).' })
export class DigifinRuleModel {
  @Field(() => Int, { description: 'The contribution year.' })
  year!: number;
  @Field({ description: 'STATE, KS, MUNICIPALITY or COUNTY_AUTHORITY.' })
  contributor!: string;
  @Field(() => MoneyScalar, { nullable: true, description: 'STATE and KS: the amount of the year.' })
  amount!: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'MUNICIPALITY and COUNTY_AUTHORITY: NOK per inhabitant.',
  })
  rate!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The population year the rate reads; null: the contribution year.',
  })
  populationYear!: number | null;
  @Field({ description: 'Where the figure comes from.' })
  source!: string;
}

@ObjectType('DigifinLedger', {
  description:
    'The DigiFin fund as a ledger: contributions (the state, KS, every municipality and county authority), grants to projects, the balance by year and the matching rule. Every signed-in user reads it (KS publishes these figures).',
})
export class DigifinLedgerModel {
  @Field(() => Int, { description: 'The year asked for: contributions and grants are of this year.' })
  year!: number;
  @Field(() => [DigifinYearModel], {
    description: 'The balance by year, every year from the first rule or grant to the last.',
  })
  years!: DigifinYearModel[];
  @Field(() => DigifinYearModel, {
    nullable: true,
    description: 'The row of `year`; null when the ledger has no such year.',
  })
  selectedYear!: DigifinYearModel | null;
  @Field(() => DigifinMatchingModel, { description: 'The matching rule.' })
  matching!: DigifinMatchingModel;
  @Field(() => DigifinTotalsModel, { description: 'Over every year.' })
  totals!: DigifinTotalsModel;
  @Field(() => [DigifinRuleModel], { description: 'The contribution rules the ledger is computed from.' })
  rules!: DigifinRuleModel[];
  @Field(() => [DigifinGrantModel], { description: 'The grants of `year`, by initiative code.' })
  grants!: DigifinGrantModel[];
  @Field(() => [DigifinGrantModel], {
    description: 'Every grant of every year, by year and initiative code.',
  })
  allGrants!: DigifinGrantModel[];
}

@ObjectType('DigifinGrantShareYear', {
  description:
    "An organisation's part of a year's DigiFin grants: the grants split over every contributor by its contributions up to the end of the year (largest remainder, exact to the øre).",
})
export class DigifinGrantShareYearModel {
  @Field(() => Int, { description: 'The year.' })
  year!: number;
  @Field(() => MoneyScalar, { description: "The fund's grants of the year." })
  grants!: string;
  @Field(() => MoneyScalar, { description: "The organisation's contributions up to the end of the year." })
  contributedSoFar!: string;
  @Field(() => MoneyScalar, { description: 'All contributions up to the end of the year.' })
  fundSoFar!: string;
  @Field(() => DecimalScalar, { description: 'contributedSoFar / fundSoFar, 10 decimals.' })
  share!: string;
  @Field(() => MoneyScalar, { description: 'Its part of the year’s grants.' })
  amount!: string;
}

@ObjectType('DigifinProjectGrant', {
  description: 'A DigiFin grant to an initiative the organisation takes part in or receives a benefit from.',
})
export class DigifinProjectGrantModel extends DigifinGrantModel {
  @Field(() => [String], {
    description:
      'How the organisation is linked: its participant role (OWNER, PARTNER, FUNDER, BENEFICIARY) and/or BENEFIT_RECEIVER.',
  })
  links!: string[];
}

@ObjectType('DigifinPosition', {
  description:
    'What an organisation put into DigiFin and what came back (docs/funding-schemes.md, "DigiFin"): its contributions, its part of the fund’s grants in proportion to its contributions, and the grants to projects it takes part in.',
})
export class DigifinPositionModel {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;
  @Field({ description: "The organisation's name." })
  name!: string;
  @Field({ description: "The organisation's number." })
  orgNumber!: string;
  @Field(() => OrganisationKind, { description: "The organisation's kind." })
  kind!: `${OrganisationKind}`;
  @Field(() => [DigifinContributionModel], { description: 'Its contributions, by year.' })
  contributions!: DigifinContributionModel[];
  @Field(() => MoneyScalar, { description: 'Σ its contributions.' })
  totalContributed!: string;
  @Field(() => [DigifinGrantShareYearModel], {
    description: 'Its part of the fund’s grants, by year with grants.',
  })
  grantShares!: DigifinGrantShareYearModel[];
  @Field(() => MoneyScalar, { description: 'Σ its part of the fund’s grants.' })
  totalGrantShare!: string;
  @Field(() => [DigifinProjectGrantModel], {
    description: 'The grants to initiatives it takes part in or benefits from.',
  })
  projects!: DigifinProjectGrantModel[];
  @Field(() => MoneyScalar, { description: 'Σ those grants (planned).' })
  totalToProjects!: string;
}
