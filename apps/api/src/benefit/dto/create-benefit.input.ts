import { BenefitCategory, BenefitStatus, MeasurementFrequency } from '@gevinst/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import '../benefit-enums.js';
import { BenefitOwnerInput } from './benefit-owner.input.js';
import { BenefitRiskInput } from './benefit-risk.input.js';
import { IndicatorValueInput } from './indicator-value.input.js';
import { IndicatorInput } from './indicator.input.js';

@InputType({ description: 'The values of a new benefit of an initiative.' })
export class CreateBenefitInput {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field({ description: "The benefit's title." })
  title!: string;

  @Field({ description: 'A free-text description of the benefit.', nullable: true })
  description?: string;

  @Field(() => BenefitCategory, { description: "The benefit's category." })
  category!: BenefitCategory;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'A negative benefit: its targets go the unfavourable way.',
  })
  isDisBenefit?: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation that receives the benefit (required for BUDGET_RELEASING, FREED_CAPACITY and OTHER_PUBLIC_SECTOR).',
  })
  receivingOrganisationId?: string | null;

  @Field(() => BenefitOwnerInput, { description: 'The benefit owner (gevinsteier).' })
  owner!: BenefitOwnerInput;

  @Field(() => IndicatorInput, { description: 'The indicator the benefit is measured by.' })
  indicator!: IndicatorInput;

  @Field(() => IndicatorValueInput, {
    description: 'The baseline (nullpunktmåling), measured before any effect.',
  })
  baseline!: IndicatorValueInput;

  @Field(() => [IndicatorValueInput], {
    nullable: true,
    description: 'The planned trajectory: every date after the baseline date, one value per date.',
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
    description: 'NOK per indicator unit of improvement, where monetised.',
  })
  valuePerUnitAmount?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK per indicator unit of improvement (the old name of valuePerUnitAmount).',
  })
  valuePerUnit?: string | null;

  @Field({ description: 'How the indicator is measured.', nullable: true })
  measurementMethod?: string;

  @Field(() => MeasurementFrequency, {
    description: 'How often the indicator is to be measured (default YEARLY).',
    nullable: true,
    defaultValue: MeasurementFrequency.YEARLY,
  })
  measurementFrequency?: MeasurementFrequency;

  @Field(() => BenefitStatus, {
    description: 'The status (default IDENTIFIED).',
    nullable: true,
    defaultValue: BenefitStatus.IDENTIFIED,
  })
  status?: BenefitStatus;

  @Field({
    nullable: true,
    description:
      'Why the benefit is changed (at most 5,000 characters): recorded with the change in the audit trail and shown with the deviations from the approved benefits plan (Initiative.benefitPlanDeviations).',
  })
  changeReason?: string;

  @Field(() => [BenefitRiskInput], { description: "The risks to the benefit's realisation.", nullable: true })
  risks?: BenefitRiskInput[];
}
