import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('GrantReconciliationLine', {
  description:
    'The co-financing grant of a year (or of every year, in the total) against the project accounts: the grant share of the planned cost applied to the actual cost, capped at what was received, is the part used (libs/cost-model co-financing.ts; docs/funding-schemes.md). Deviations above the report’s threshold are flagged.',
})
export class GrantReconciliationLineModel {
  @Field(() => Int, { nullable: true, description: 'Null on the total line.' })
  year!: number | null;

  @Field(() => MoneyScalar, { description: 'The CO_FINANCING sources’ planned amounts (the grant).' })
  grantPlannedNok!: string;

  @Field(() => MoneyScalar, {
    description: 'The CO_FINANCING sources’ received amounts (nothing recorded: 0).',
  })
  grantReceivedNok!: string;

  @Field(() => MoneyScalar, { description: 'The planned cost of every cost item.' })
  plannedCostNok!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'The actual cost recorded; null while none is.' })
  actualCostNok!: string | null;

  @Field(() => DecimalScalar, {
    description:
      'The grant’s share of the planned cost, percent (two decimals, at most 100); on the total line, of the total.',
  })
  grantSharePercent!: string;

  @Field(() => MoneyScalar, {
    description:
      'The part of the grant used: min(received, share × actual cost), to the øre; 0 without an actual cost.',
  })
  grantUsedNok!: string;

  @Field(() => MoneyScalar, { description: 'received − used: to be accounted for, or returned.' })
  grantUnusedNok!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'actual − planned cost; null without an actual cost.',
  })
  costDeviationNok!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'costDeviation / planned cost × 100, two decimals.',
  })
  costDeviationPercent!: string | null;

  @Field({
    description: 'The cost deviation is above the threshold (the one definition of the account lines).',
  })
  costFlagged!: boolean;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'received − planned grant; null when nothing is recorded as received.',
  })
  grantDeviationNok!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'grantDeviation / planned grant × 100, two decimals.',
  })
  grantDeviationPercent!: string | null;

  @Field({ description: 'The grant received deviates from the grant planned by more than the threshold.' })
  grantFlagged!: boolean;
}

@ObjectType('GrantReconciliation', {
  description:
    'The co-financing grant by year against the project accounts, up to and including the report year.',
})
export class GrantReconciliationModel {
  @Field(() => [GrantReconciliationLineModel], {
    description: 'Every year up to the report year with a co-financing source or a cost item, ascending.',
  })
  years!: GrantReconciliationLineModel[];

  @Field(() => GrantReconciliationLineModel, { description: 'The years together (year null).' })
  total!: GrantReconciliationLineModel;
}
