import {
  BenefitCategory,
  BenefitStatus,
  IndicatorDirection,
  IndicatorKind,
  MeasurementFrequency,
} from '@gevinst/domain';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { VersionedModel } from '../common/versioned-model.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import './benefit-enums.js';

@ObjectType('Benefit', {
  description:
    'A benefit (gevinst) of an initiative: what is promised, to whom, how it is measured against a baseline and targets, and what it is worth.',
})
export class BenefitModel extends VersionedModel {
  @Field(() => ID, { description: "The benefit's id." })
  id!: string;

  initiativeId!: string;

  @Field({ description: "The benefit's title." })
  title!: string;

  @Field({ description: 'A free-text description of the benefit.' })
  description!: string;

  @Field(() => BenefitCategory, { description: "The benefit's category." })
  category!: BenefitCategory;

  @Field({ description: 'A dis-benefit (negative benefit): its targets go the unfavourable way.' })
  isDisBenefit!: boolean;

  receivingOrganisationId!: string | null;

  ownerName!: string;

  ownerRole!: string;

  ownerUserId!: string | null;

  indicatorName!: string;

  indicatorUnit!: string;

  direction!: IndicatorDirection;

  baselineValue!: string;

  baselineDate!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The date the effect can begin, as entered; null: not given (the baseline date is used — see effectiveEffectStart). No benefit is valued before it.',
  })
  effectStart!: string | null;

  indicatorKind!: IndicatorKind;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'NOK per indicator unit of improvement (e.g. "650.00" per hour saved a year); null when not monetised. Never set on NON_MONETISED benefits.',
  })
  valuePerUnit!: string | null;

  @Field({ description: 'How the indicator is measured.' })
  measurementMethod!: string;

  @Field(() => MeasurementFrequency, { description: 'How often the indicator is to be measured.' })
  measurementFrequency!: MeasurementFrequency;

  @Field(() => BenefitStatus, { description: "The benefit's status." })
  status!: BenefitStatus;

  @Field(() => GraphQLISODateTime, {
    description:
      'The last change to the benefit or anything in it: its measurements, targets and reports (updatedAt is the benefit’s own fields only). Filter with updatedSince.',
  })
  lastActivityAt!: Date;
}
