import { CostSharingMethodCode, type CostSharingMethod } from '@gevinst/domain';
import type { TaggedKeySpec } from '@gevinst/cost-model';
import { Field, ID, InputType } from '@nestjs/graphql';
import '../../graphql/enums.js';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';

@InputType({ description: 'PROPORTIONAL: each pays in proportion to the driver.' })
export class ProportionalKeySpecInput {
  @Field({ description: 'The driver, e.g. "population".' })
  driver!: string;
}

@InputType({ description: 'PER_UNIT: each pays rate × its driver value; no fixed total.' })
export class PerUnitKeySpecInput {
  @Field({ description: 'The driver, e.g. "population".' })
  driver!: string;

  @Field(() => DecimalScalar, { description: 'NOK per unit of the driver, e.g. "20.00".' })
  rate!: string;
}

@InputType({ description: 'One participant’s agreed percentage.' })
export class ParticipantShareInput {
  @Field(() => ID, { description: 'The participant (its organisation id).' })
  participantId!: string;

  @Field(() => DecimalScalar, { description: 'The percentage, e.g. "25.5".' })
  percent!: string;
}

@InputType({ description: 'FIXED_SHARES: agreed percentages that add up to exactly 100.' })
export class FixedSharesKeySpecInput {
  @Field(() => [ParticipantShareInput], { description: 'One entry per participant.' })
  shares!: ParticipantShareInput[];
}

@InputType({
  description: 'BASE_PLUS_PROPORTIONAL: a base amount each, the rest in proportion to the driver.',
})
export class BasePlusProportionalKeySpecInput {
  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK each participant pays first. Required: this or the deprecated base.',
  })
  baseAmount?: string | null;

  /** Read after readMoneyInput (specOfInput), which puts baseAmount here and refuses neither being given. */
  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK each participant pays first (the old name of baseAmount).',
  })
  base!: string;

  @Field({ description: 'The driver the rest is shared by, e.g. "population".' })
  driver!: string;
}

@InputType({ description: 'One fee band of a BANDS key.' })
export class FeeBandInput {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Exclusive upper bound of the driver; every band but the last has one.',
  })
  upTo?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'NOK for a participant in the band (a weight when there is a total). Required: this or the deprecated fee.',
  })
  feeAmount?: string | null;

  /** Read after readMoneyInput (specOfInput), which puts feeAmount here and refuses neither being given. */
  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK for a participant in the band (the old name of feeAmount).',
  })
  fee!: string;
}

@InputType({ description: 'BANDS: a fee by band of the driver.' })
export class BandsKeySpecInput {
  @Field({ description: 'The driver, e.g. "population".' })
  driver!: string;

  @Field(() => [FeeBandInput], { description: 'The bands, rising; at least one.' })
  bands!: FeeBandInput[];
}

@InputType({ description: 'FREE_THRESHOLD: participants below the threshold pay nothing; the others share.' })
export class FreeThresholdKeySpecInput {
  @Field({ description: 'The driver, e.g. "population".' })
  driver!: string;

  @Field(() => DecimalScalar, { description: 'Driver values below this pay nothing.' })
  threshold!: string;
}

@InputType({ description: 'One group of a TWO_LEVEL key: its percentage and how it splits its part.' })
export class TwoLevelGroupInput {
  @Field({ description: 'The group, matching the participants’ group, e.g. "LOCAL".' })
  group!: string;

  @Field(() => DecimalScalar, {
    description: 'The group’s percentage of the total; the groups add up to 100.',
  })
  percent!: string;

  @Field(() => KeySpecInput, {
    description: 'How the group splits its part (any method but PER_UNIT and TWO_LEVEL).',
  })
  // Typed by the interface: KeySpecInput is declared below (a class cannot be read before it is declared).
  key!: TaggedKeySpec;
}

@InputType({ description: 'TWO_LEVEL: percentages per group, each group with its own key.' })
export class TwoLevelKeySpecInput {
  @Field(() => [TwoLevelGroupInput], { description: 'The groups; at least one.' })
  groups!: TwoLevelGroupInput[];
}

@InputType({
  description:
    'A cost-sharing key, typed: the method and exactly the sub-input of that method (none for EQUAL). Validated by the same rules as the JSON spec; errors name the path, e.g. keySpec.perUnit.',
})
export class KeySpecInput implements TaggedKeySpec {
  @Field(() => CostSharingMethodCode, { description: 'The method; give the sub-input of the same name.' })
  method!: CostSharingMethod;

  @Field(() => MoneyScalar, { nullable: true, description: 'The least any one participant pays (NOK).' })
  floorAmount?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The least any one participant pays (the old name of floorAmount).',
  })
  floor?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'The most any one participant pays (NOK).' })
  capAmount?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The most any one participant pays (the old name of capAmount).',
  })
  cap?: string | null;

  @Field(() => ProportionalKeySpecInput, { nullable: true, description: 'For PROPORTIONAL only.' })
  proportional?: ProportionalKeySpecInput | null;

  @Field(() => PerUnitKeySpecInput, { nullable: true, description: 'For PER_UNIT only.' })
  perUnit?: PerUnitKeySpecInput | null;

  @Field(() => FixedSharesKeySpecInput, { nullable: true, description: 'For FIXED_SHARES only.' })
  fixedShares?: FixedSharesKeySpecInput | null;

  @Field(() => BasePlusProportionalKeySpecInput, {
    nullable: true,
    description: 'For BASE_PLUS_PROPORTIONAL only.',
  })
  basePlusProportional?: BasePlusProportionalKeySpecInput | null;

  @Field(() => BandsKeySpecInput, { nullable: true, description: 'For BANDS only.' })
  bands?: BandsKeySpecInput | null;

  @Field(() => FreeThresholdKeySpecInput, { nullable: true, description: 'For FREE_THRESHOLD only.' })
  freeThreshold?: FreeThresholdKeySpecInput | null;

  @Field(() => TwoLevelKeySpecInput, { nullable: true, description: 'For TWO_LEVEL only.' })
  twoLevel?: TwoLevelKeySpecInput | null;
}
