import { RagStatus } from '@gevinst/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import './benefit-enums.js';

@ObjectType('Realisation', {
  description:
    'How far a benefit has come against its plan at a date (computed by @gevinst/cost-model): the target is linear between the baseline and the targets; improvement is signed by the direction, so positive is good news.',
})
export class RealisationModel {
  @Field(() => LocalDateScalar, { description: 'The date measured at (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => DecimalScalar, { description: 'The indicator value planned at asOf.' })
  targetToDate!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The latest measurement on or before asOf.' })
  latestValue!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date of the latest measurement.' })
  latestDate!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Latest value − baseline, signed by the direction; null before the first measurement.',
  })
  improvement!: string | null;

  @Field(() => DecimalScalar, { description: 'Target to date − baseline, signed by the direction.' })
  plannedImprovement!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'improvement / plannedImprovement × 100, two decimals; null when nothing is planned or measured yet.',
  })
  percent!: string | null;

  @Field(() => RagStatus, {
    description: 'GREEN, AMBER or RED; empty when not yet assessable.',
    nullable: true,
  })
  rag!: RagStatus | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'improvement × value per unit (negative for a dis-benefit); null when not monetised or not measured.',
  })
  monetisedRealisedNok!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'plannedImprovement × value per unit; null when not monetised.',
  })
  monetisedPlannedNok!: string | null;
}
