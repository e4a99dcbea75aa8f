import { InitiativePhase, LifeEvent } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import { FundingSourceInput } from './funding-source.input.js';

@InputType({ description: 'Only the fields given are changed. `version` must be the version you read.' })
export class UpdateInitiativeInput {
  @Field(() => ID, { description: 'The id of the initiative to change.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; a different current version fails with a stale-version conflict.',
  })
  version!: number;

  @Field({
    description:
      'The new code (upper-case letters, digits and dashes, 2–40 characters); left out: unchanged.',
    nullable: true,
  })
  code?: string;

  @Field({ description: "The initiative's name.", nullable: true })
  name?: string;

  @Field({ description: 'A free-text description of the initiative.', nullable: true })
  description?: string;

  @Field(() => ID, { description: "The owner organisation's id; left out: unchanged.", nullable: true })
  ownerId?: string;

  @Field(() => ID, { description: "The responsible ministry's id; left out: unchanged.", nullable: true })
  ministryId?: string;

  @Field(() => ID, { nullable: true, description: 'The default cost-sharing key of its cost items.' })
  costSharingKeyId?: string | null;

  @Field(() => LifeEvent, { nullable: true, description: 'Send null to clear.' })
  lifeEvent?: LifeEvent | null;

  @Field(() => InitiativePhase, { description: "The initiative's life-cycle phase.", nullable: true })
  phase?: InitiativePhase;

  @Field(() => LocalDateScalar, {
    description: 'The new start date (YYYY-MM-DD); null clears it, left out: unchanged.',
    nullable: true,
  })
  startDate?: string | null;

  @Field(() => LocalDateScalar, {
    description: 'The new end date (YYYY-MM-DD); null clears it, left out: unchanged.',
    nullable: true,
  })
  endDate?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The lifetime of its analysis in years, 1–100; null: the default, 10.',
  })
  lifetimeYears?: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The residual value at the end of the analysis period, NOK ≥ 0; null: none.',
  })
  residualValueAmount?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The residual value, NOK ≥ 0 (the old name of residualValueAmount).',
  })
  residualValue?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'The annual running cost (operation and maintenance) of the service before the project, NOK ≥ 0; the co-financing take-out nets the O&M above it. null: not stated.',
  })
  preProjectRunningCostAmount?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'The annual running cost of the service before the project, NOK ≥ 0 (the old name of preProjectRunningCostAmount).',
  })
  preProjectRunningCost?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The price-base year of its analysis, 1900–2300; null: the start year.',
  })
  priceBaseYear?: number | null;

  @Field(() => [FundingSourceInput], { nullable: true, description: 'Replaces the whole list when given.' })
  fundingSources?: FundingSourceInput[];
}
