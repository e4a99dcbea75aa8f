import {
  BenefitCategory,
  type BenefitPlanSnapshot,
  BenefitPlanStatus,
  BenefitStatus,
  type PlanField,
  PlanChangeKind,
} from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { BenefitOwnerModel } from '../benefit/benefit-owner.model.js';
import '../benefit/benefit-enums.js';
import { IndicatorValueModel } from '../benefit/indicator-value.model.js';
import { IndicatorModel } from '../benefit/indicator.model.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { BenefitPlanField } from './benefit-plan-enums.js';

@ObjectType('PlannedBenefit', {
  description:
    'A benefit as frozen in a version of the binding benefits plan: what realisation is measured against while that version is in force.',
})
export class PlannedBenefitModel {
  @Field(() => ID, { description: 'The benefit (it may have been deleted since).' })
  id!: string;

  @Field({ description: "The benefit's title." })
  title!: string;

  @Field(() => BenefitCategory, { description: "The benefit's category." })
  category!: BenefitCategory;

  @Field(() => BenefitStatus, { description: 'Its status when frozen (CANCELLED counts nothing).' })
  status!: BenefitStatus;

  @Field({ description: 'True for a dis-benefit (a negative effect) when frozen.' })
  isDisBenefit!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation that receives it; null: citizens and business.',
  })
  receivingOrganisationId!: string | null;

  @Field(() => BenefitOwnerModel, { description: 'The benefit owner when frozen.' })
  owner!: BenefitOwnerModel;

  @Field(() => IndicatorModel, { description: 'The indicator when frozen.' })
  indicator!: IndicatorModel;

  @Field(() => IndicatorValueModel, { description: 'The baseline (nullpunktmåling).' })
  baseline!: IndicatorValueModel;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The date the effect can begin; null: the baseline date.',
  })
  effectStart!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK per indicator unit of improvement; null when not monetised.',
  })
  valuePerUnit!: string | null;

  @Field(() => [IndicatorValueModel], { description: 'The planned trajectory, by date.' })
  targets!: IndicatorValueModel[];
}

@ObjectType('BenefitPlanChange', {
  description:
    'One difference between two benefits plans (a deviation of the live benefits from the version in force, or what a version changed from the one before): a benefit added or removed, or a field changed from → to, with who changed it, when and why (from the audit trail; null when not recorded).',
})
export class BenefitPlanChangeModel {
  @Field(() => ID, { description: "The benefit's id." })
  benefitId!: string;

  @Field({ description: "The benefit's title (in the later plan; the earlier one's when removed)." })
  title!: string;

  @Field(() => PlanChangeKind, { description: 'The kind of benefit plan change.' })
  kind!: PlanChangeKind;

  @Field(() => BenefitPlanField, {
    nullable: true,
    description: 'The field changed; null for an added or removed benefit.',
  })
  field!: PlanField | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "The target's date when field is target." })
  targetDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value before, as text (decimals without trailing zeros); null: none.',
  })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as text; null: none.' })
  to!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the change was made (the latest recorded change that made it).',
  })
  changedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Who made it (the user's e-mail)." })
  changedBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why, as the person making the change wrote it (changeReason).',
  })
  reason!: string | null;
}

@ObjectType('BenefitPlanVersion', {
  description:
    "A version of an initiative's binding benefits plan (co-financing: a binding benefits realisation plan before final commitment): a frozen snapshot of every benefit's baseline, targets, value per unit and owner, proposed by the owner and approved or rejected by the funding schemes' secretariat. Anyone signed in may read it.",
})
export class BenefitPlanVersionModel {
  @Field(() => ID, { description: "The benefit plan version's id." })
  id!: string;

  initiativeId!: string;

  @Field(() => Int, { description: '1, 2, … per initiative, in the order proposed.' })
  versionNumber!: number;

  @Field(() => BenefitPlanStatus, { description: "The benefit plan version's status." })
  status!: BenefitPlanStatus;

  @Field({ description: 'Why it was proposed.' })
  reason!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the version was proposed.' })
  proposedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who proposed it (name).' })
  proposedByName!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was approved or rejected; null while proposed.',
  })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who approved or rejected it (name).' })
  decidedByName!: string | null;

  @Field({ description: "The secretariat's note with its decision ('' when none)." })
  decisionNote!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When a later approved version replaced it.',
  })
  supersededAt!: Date | null;

  snapshot!: BenefitPlanSnapshot;
}
