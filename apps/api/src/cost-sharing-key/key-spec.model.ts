/**
 * The typed key specification as the API gives it (KeySpec, issue 19): the mirror of KeySpecInput, built
 * from the stored JSON by cost-model's taggedKeySpecOf (the inverse of the input's conversion). The objects
 * are TaggedKeySpec's, whose money has the JSON's names (floor, cap, base, fee); the schema gives it the
 * `…Amount` names of the input (`name:` below), so the property and the GraphQL name differ on purpose.
 */
import { CostSharingMethodCode, type CostSharingMethod } from '@gevinst/domain';
import type { TaggedKeySpec } from '@gevinst/cost-model';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import '../graphql/enums.js';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('ProportionalKeySpec', { description: 'PROPORTIONAL: each pays in proportion to the driver.' })
export class ProportionalKeySpecModel {
  @Field({ description: 'The driver, e.g. "population".' })
  driver!: string;
}

@ObjectType('PerUnitKeySpec', { description: 'PER_UNIT: each pays rate × its driver value; no fixed total.' })
export class PerUnitKeySpecModel {
  @Field({ description: 'The driver, e.g. "population".' })
  driver!: string;

  @Field(() => DecimalScalar, { description: 'NOK per unit of the driver, e.g. "20.00".' })
  rate!: string;
}

@ObjectType('ParticipantShare', { description: 'One participant’s agreed percentage.' })
export class ParticipantShareModel {
  @Field(() => ID, { description: 'The participant (its organisation id).' })
  participantId!: string;

  @Field(() => DecimalScalar, { description: 'The percentage, e.g. "25.5".' })
  percent!: string;
}

@ObjectType('FixedSharesKeySpec', { description: 'FIXED_SHARES: agreed percentages that add up to 100.' })
export class FixedSharesKeySpecModel {
  @Field(() => [ParticipantShareModel], {
    description: 'One entry per participant, in the order the key lists them.',
  })
  shares!: ParticipantShareModel[];
}

@ObjectType('BasePlusProportionalKeySpec', {
  description: 'BASE_PLUS_PROPORTIONAL: a base amount each, the rest in proportion to the driver.',
})
export class BasePlusProportionalKeySpecModel {
  @Field(() => MoneyScalar, { name: 'baseAmount', description: 'NOK each participant pays first.' })
  base!: string;

  @Field({ description: 'The driver the rest is shared by, e.g. "population".' })
  driver!: string;
}

@ObjectType('FeeBand', { description: 'One fee band of a BANDS key.' })
export class FeeBandModel {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Exclusive upper bound of the driver; null for the last band (open above).',
  })
  upTo?: string | null;

  @Field(() => MoneyScalar, {
    name: 'feeAmount',
    description: 'NOK for a participant in the band (a weight when there is a total).',
  })
  fee!: string;
}

@ObjectType('BandsKeySpec', { description: 'BANDS: a fee by band of the driver.' })
export class BandsKeySpecModel {
  @Field({ description: 'The driver, e.g. "population".' })
  driver!: string;

  @Field(() => [FeeBandModel], { description: 'The bands, rising; at least one.' })
  bands!: FeeBandModel[];
}

@ObjectType('FreeThresholdKeySpec', {
  description: 'FREE_THRESHOLD: participants below the threshold pay nothing; the others share.',
})
export class FreeThresholdKeySpecModel {
  @Field({ description: 'The driver, e.g. "population".' })
  driver!: string;

  @Field(() => DecimalScalar, { description: 'Driver values below this pay nothing.' })
  threshold!: string;
}

@ObjectType('TwoLevelGroup', {
  description: 'One group of a TWO_LEVEL key: its percentage and how it splits its part.',
})
export class TwoLevelGroupModel {
  @Field({ description: 'The group, matching the participants’ group, e.g. "LOCAL".' })
  group!: string;

  @Field(() => DecimalScalar, {
    description: 'The group’s percentage of the total; the groups add up to 100.',
  })
  percent!: string;

  @Field(() => KeySpecModel, {
    description: 'How the group splits its part (any method but PER_UNIT and TWO_LEVEL).',
  })
  // Typed by the interface: KeySpecModel is declared below (a class cannot be read before it is declared).
  key!: TaggedKeySpec;
}

@ObjectType('TwoLevelKeySpec', {
  description: 'TWO_LEVEL: percentages per group, each group with its own key.',
})
export class TwoLevelKeySpecModel {
  @Field(() => [TwoLevelGroupModel], { description: 'The groups; at least one.' })
  groups!: TwoLevelGroupModel[];
}

@ObjectType('KeySpec', {
  description:
    'A cost-sharing key, typed (the output twin of KeySpecInput): the method and exactly the sub-object of that method, the others null (all null for EQUAL).',
})
export class KeySpecModel implements TaggedKeySpec {
  @Field(() => CostSharingMethodCode, { description: 'The method; its sub-object has the same name.' })
  method!: CostSharingMethod;

  @Field(() => MoneyScalar, {
    name: 'floorAmount',
    nullable: true,
    description: 'The least any one participant pays (NOK); null: no floor.',
  })
  floor?: string | null;

  @Field(() => MoneyScalar, {
    name: 'capAmount',
    nullable: true,
    description: 'The most any one participant pays (NOK); null: no cap.',
  })
  cap?: string | null;

  @Field(() => ProportionalKeySpecModel, { nullable: true, description: 'PROPORTIONAL only; else null.' })
  proportional?: ProportionalKeySpecModel | null;

  @Field(() => PerUnitKeySpecModel, { nullable: true, description: 'PER_UNIT only; else null.' })
  perUnit?: PerUnitKeySpecModel | null;

  @Field(() => FixedSharesKeySpecModel, { nullable: true, description: 'FIXED_SHARES only; else null.' })
  fixedShares?: FixedSharesKeySpecModel | null;

  @Field(() => BasePlusProportionalKeySpecModel, {
    nullable: true,
    description: 'BASE_PLUS_PROPORTIONAL only; else null.',
  })
  basePlusProportional?: BasePlusProportionalKeySpecModel | null;

  @Field(() => BandsKeySpecModel, { nullable: true, description: 'BANDS only; else null.' })
  bands?: BandsKeySpecModel | null;

  @Field(() => FreeThresholdKeySpecModel, { nullable: true, description: 'FREE_THRESHOLD only; else null.' })
  freeThreshold?: FreeThresholdKeySpecModel | null;

  @Field(() => TwoLevelKeySpecModel, { nullable: true, description: 'TWO_LEVEL only; else null.' })
  twoLevel?: TwoLevelKeySpecModel | null;
}
