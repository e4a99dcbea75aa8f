import { BenefitCategory, BenefitStatus, MeasurementFrequency } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import '../benefit-enums.js';
import { BenefitOwnerInput } from './benefit-owner.input.js';
import { BenefitRiskInput } from './benefit-risk.input.js';
import { IndicatorValueInput } from './indicator-value.input.js';
import { IndicatorInput } from './indicator.input.js';

@InputType({
  description:
    'Only the fields given are changed; `targets` and `risks` replace the whole list when given. `version` must be the version you read.',
})
export class UpdateBenefitInput {
  @Field(() => ID, { description: 'The id of the benefit to change.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; a different current version fails with a stale-version conflict.',
  })
  version!: number;

  @Field({ description: "The benefit's title.", nullable: true })
  title?: string;

  @Field({ description: 'A free-text description of the benefit.', nullable: true })
  description?: string;

  @Field(() => BenefitCategory, { description: "The benefit's category.", nullable: true })
  category?: BenefitCategory;

  @Field({ description: 'True for a dis-benefit (a negative effect); left out: unchanged.', nullable: true })
  isDisBenefit?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'Send null to clear (not allowed for public-sector categories).',
  })
  receivingOrganisationId?: string | null;

  @Field(() => BenefitOwnerInput, { description: 'The benefit owner; left out: unchanged.', nullable: true })
  owner?: BenefitOwnerInput;

  @Field(() => IndicatorInput, { description: 'The indicator; left out: unchanged.', nullable: true })
  indicator?: IndicatorInput;

  @Field(() => IndicatorValueInput, {
    description: "The indicator's baseline value and date; left out: unchanged.",
    nullable: true,
  })
  baseline?: IndicatorValueInput;

  @Field(() => [IndicatorValueInput], {
    description: 'The target values by date, replacing the old ones; left out: unchanged.',
    nullable: true,
  })
  targets?: IndicatorValueInput[];

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The date the effect can begin (no benefit is valued before it): not before the baseline date, not after the first target. Null or absent: the baseline date.',
  })
  effectStart?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'NOK per indicator unit of improvement, where monetised; send null to clear, left out: unchanged.',
  })
  valuePerUnitAmount?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Send null to clear (the old name of valuePerUnitAmount).',
  })
  valuePerUnit?: string | null;

  @Field({ description: 'How the indicator is measured; left out: unchanged.', nullable: true })
  measurementMethod?: string;

  @Field(() => MeasurementFrequency, {
    description: 'How often the indicator is to be measured; left out: unchanged.',
    nullable: true,
  })
  measurementFrequency?: MeasurementFrequency;

  @Field(() => BenefitStatus, { description: 'The new status; left out: unchanged.', nullable: true })
  status?: BenefitStatus;

  @Field({
    nullable: true,
    description:
      'Why the benefit is changed (at most 5,000 characters): recorded with the change in the audit trail and shown with the deviations from the approved benefits plan (Initiative.benefitPlanDeviations).',
  })
  changeReason?: string;

  @Field(() => [BenefitRiskInput], {
    description: 'The risks, replacing the old ones; left out: unchanged.',
    nullable: true,
  })
  risks?: BenefitRiskInput[];
}
