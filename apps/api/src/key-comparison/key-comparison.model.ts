import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AdministrativeLevel, CostSharingMethodCode, type CostSharingMethod } from '@gevinst/domain';
import '../graphql/enums.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { Paginated } from '../common/pagination.js';
import { declareMoneyAliases, useAmount } from '../common/money-alias.js';

export enum KeyComparisonScopeKind {
  ALL = 'ALL',
  OWN_ORGANISATION = 'OWN_ORGANISATION',
}

registerEnumType(KeyComparisonScopeKind, {
  name: 'KeyComparisonScope',
  description: 'What a key comparison shows its caller.',
  valuesMap: {
    ALL: {
      description:
        'Every paying participant’s row, the totals and the summary (administrators, the owner organisation, the responsible ministry’s reviewers).',
    },
    OWN_ORGANISATION: {
      description:
        'Only the caller’s own organisation’s row (a paying participant): no totals and no summary, which would show other organisations’ amounts.',
    },
  },
});

export enum ComparisonOutcomeKind {
  REFERENCE = 'REFERENCE',
  GAINS = 'GAINS',
  LOSES = 'LOSES',
  UNCHANGED = 'UNCHANGED',
}

registerEnumType(ComparisonOutcomeKind, {
  name: 'ComparisonOutcome',
  description: 'An organisation under a key, against the reference key.',
  valuesMap: {
    REFERENCE: { description: 'This is the reference key.' },
    GAINS: { description: 'Pays less than under the reference key (difference below 0).' },
    LOSES: { description: 'Pays more than under the reference key (difference above 0).' },
    UNCHANGED: { description: 'Pays the same to the øre.' },
  },
});

@ObjectType('ComparedKey', { description: 'One key of a comparison, as it was applied.' })
export class ComparedKeyModel {
  @Field(() => Int, { description: 'Its position in the comparison (from 0).' })
  index!: number;

  @Field({ description: 'The key’s name (or the draft’s).' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The existing key; null for a draft.' })
  keyId!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The key version applied (its current one); null for a draft.',
  })
  versionNumber!: number | null;

  @Field(() => CostSharingMethodCode, { description: 'The key’s method (EQUAL, PROPORTIONAL, PER_UNIT, …).' })
  method!: CostSharingMethod;

  @Field(() => Int, { description: 'The population year the key read (when it reads population).' })
  populationYear!: number;

  @Field({ description: 'Whether the key fixes the total (every method but PER_UNIT, as a run uses them).' })
  fixesTotal!: boolean;

  @Field(() => MoneyScalar, {
    deprecationReason: useAmount('totalAmount'),
    nullable: true,
    description:
      'NOK: what the key allocates in all (null when the comparison shows your own organisation only).',
  })
  total!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'NOK, signed: the planned cost items − total (0 when the key reconciles; null for your own organisation only).',
  })
  difference!: string | null;

  @Field({
    description:
      'Whether the key allocates exactly the planned cost items: a run with the default REQUIRE_EXACT refuses a key that does not.',
  })
  reconciles!: boolean;
}
declareMoneyAliases(ComparedKeyModel, [
  {
    old: 'total',
    amount: 'totalAmount',
    nullable: true,
    description: 'NOK: what the key allocates in all (null for your own organisation only).',
  },
]);

@ObjectType('KeyComparisonRow', { description: 'One paying participant under each key.' })
export class KeyComparisonRowModel {
  @Field(() => ID, { description: "The organisation's id." })
  organisationId!: string;

  @Field({ description: "The organisation's name." })
  name!: string;

  @Field({ description: 'The nine-digit organisation number (organisasjonsnummer).' })
  orgNumber!: string;

  @Field(() => AdministrativeLevel, {
    description: 'The administrative level (follows from the kind of organisation).',
  })
  administrativeLevel!: AdministrativeLevel;

  @Field(() => String, { nullable: true, description: 'County number (2 digits); null outside any county.' })
  countyNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'County name.' })
  countyName!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Inhabitants in the comparison’s population year; null when none is stored.',
  })
  population!: number | null;

  @Field(() => [MoneyScalar], {
    description: 'NOK per key, in the comparison’s order: the sum of its lines over the year’s cost items.',
  })
  amounts!: string[];

  @Field(() => [MoneyScalar], {
    description:
      'NOK per key, signed: amount − the reference key’s amount (below 0: the organisation gains).',
  })
  differences!: string[];

  @Field(() => [MoneyScalar], {
    nullable: 'items',
    description:
      'NOK per key: the difference divided by the population, rounded half away from zero to the øre; null without population.',
  })
  differencesPerInhabitant!: (string | null)[];

  @Field(() => [ComparisonOutcomeKind], {
    description: 'Per key: gains, loses or unchanged against the reference.',
  })
  outcomes!: ComparisonOutcomeKind[];
}

@ObjectType('KeyComparisonRowPage', { description: 'A page of a key comparison’s rows.' })
export class KeyComparisonRowPage extends Paginated(KeyComparisonRowModel) {}

@ObjectType('KeyComparisonGroup', {
  description: 'Gainers and losers of one key against the reference, in one administrative level or county.',
})
export class KeyComparisonGroupModel {
  @Field(() => Int, { description: 'The key compared with the reference.' })
  keyIndex!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The administrative level, or the county number; null: organisations in no county.',
  })
  group!: string | null;

  @Field(() => String, { nullable: true, description: 'The county’s name (county groups only).' })
  label!: string | null;

  @Field(() => Int, { description: 'The number of paying organisations in the group.' })
  organisations!: number;

  @Field(() => Int, { description: 'Organisations that pay less than under the reference.' })
  gainers!: number;

  @Field(() => MoneyScalar, { description: 'NOK, ≤ 0: the sum of the gainers’ differences.' })
  gainersSum!: string;

  @Field(() => Int, { description: 'Organisations that pay more than under the reference.' })
  losers!: number;

  @Field(() => MoneyScalar, { description: 'NOK, ≥ 0: the sum of the losers’ differences.' })
  losersSum!: string;

  @Field(() => Int, { description: 'Organisations that pay the same.' })
  unchanged!: number;

  @Field(() => MoneyScalar, { description: 'NOK, signed: gainersSum + losersSum.' })
  net!: string;
}

@ObjectType('KeyComparison', {
  description:
    'Two to five keys applied to an initiative’s cost items of a year, per paying participant, against a reference key: computed by the same allocation as a run, stored nowhere.',
})
export class KeyComparisonModel {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field(() => Int, { description: 'The cost year whose cost items are allocated.' })
  year!: number;

  @Field(() => Int, { description: 'The population year of the amounts per inhabitant.' })
  populationYear!: number;

  @Field(() => Int, { description: 'The position (from 0) of the reference key among keys.' })
  referenceIndex!: number;

  @Field(() => KeyComparisonScopeKind, {
    description:
      "What the caller sees: ALL (every row, totals and summary) or OWN_ORGANISATION (only its own organisation's row).",
  })
  scope!: KeyComparisonScopeKind;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK: the planned cost items of the year (null for your own organisation only).',
  })
  costItemAmount!: string | null;

  @Field(() => [ComparedKeyModel], {
    description: 'The compared keys, in comparison order (existing keys first, then the drafts).',
  })
  keys!: ComparedKeyModel[];

  @Field(() => KeyComparisonRowPage, { description: 'The rows of the page asked for.' })
  rows!: KeyComparisonRowPage;

  @Field(() => [KeyComparisonGroupModel], {
    description:
      'Per administrative level, then per key other than the reference (empty for your own organisation only).',
  })
  byLevel!: KeyComparisonGroupModel[];

  @Field(() => [KeyComparisonGroupModel], {
    description: 'Per county (those in no county last), then per key (empty for your own organisation only).',
  })
  byCounty!: KeyComparisonGroupModel[];
}
