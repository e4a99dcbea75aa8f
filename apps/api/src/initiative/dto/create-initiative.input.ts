import { InitiativePhase, LifeEvent } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import { FundingSourceInput } from './funding-source.input.js';
import { ParticipantInput } from './participant.input.js';

@InputType({ description: 'The values of a new initiative.' })
export class CreateInitiativeInput {
  @Field({ description: 'Unique: 2–40 upper-case letters, digits and dashes.' })
  code!: string;

  @Field({ description: "The initiative's name." })
  name!: string;

  @Field({ description: 'A free-text description of the initiative.', nullable: true })
  description?: string;

  @Field(() => ID, { description: 'The owning organisation; it becomes a participant with role OWNER.' })
  ownerId!: string;

  @Field(() => ID, { description: 'The responsible ministry (an organisation of kind MINISTRY).' })
  ministryId!: string;

  @Field(() => ID, { nullable: true, description: 'The default cost-sharing key of its cost items.' })
  costSharingKeyId?: string | null;

  @Field(() => LifeEvent, { description: 'The life event the initiative serves.', nullable: true })
  lifeEvent?: LifeEvent | null;

  @Field(() => InitiativePhase, {
    description: "The initiative's life-cycle phase.",
    nullable: true,
    defaultValue: InitiativePhase.CONCEPT,
  })
  phase?: InitiativePhase;

  @Field(() => LocalDateScalar, { description: 'The start date (YYYY-MM-DD).', nullable: true })
  startDate?: string | null;

  @Field(() => LocalDateScalar, { description: 'The end date (YYYY-MM-DD).', nullable: true })
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

  @Field(() => [FundingSourceInput], { description: 'Where the money comes from.', nullable: true })
  fundingSources?: FundingSourceInput[];

  @Field(() => [ParticipantInput], { nullable: true, description: 'Other participants besides the owner.' })
  participants?: ParticipantInput[];
}
