import { BenefitCategory, BenefitStatus } from '@gevinst/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import '../benefit/benefit-enums.js';
import { RealisationModel } from '../benefit/realisation.model.js';
import { BenefitOwnerReportModel } from '../benefit-report/benefit-owner-report.model.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('CoFinancingBenefitLine', {
  description: 'The status of one benefit in the co-financing annual report.',
})
export class CoFinancingBenefitLineModel {
  @Field(() => ID, { description: "The benefit's id." })
  benefitId!: string;

  @Field({ description: "The benefit's title." })
  title!: string;

  @Field(() => BenefitCategory, { description: "The benefit's category." })
  category!: BenefitCategory;

  @Field(() => BenefitStatus, { description: "The benefit's status." })
  status!: BenefitStatus;

  @Field({ description: 'True for a dis-benefit (a negative effect).' })
  isDisBenefit!: boolean;

  receivingOrganisationId!: string | null;

  @Field({ description: 'Received outside the owner organisation: its benefit owner is external.' })
  isExternal!: boolean;

  @Field({ description: "The benefit owner's name." })
  ownerName!: string;

  @Field({ description: "The benefit owner's role title." })
  ownerRole!: string;

  @Field(() => RealisationModel, {
    description: 'At the end of the year reported on (or today, in the current year).',
  })
  realisation!: RealisationModel;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Planned monetised benefit of the year; null when not monetised.',
  })
  plannedNok!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Realised monetised benefit of the year; null when not monetised.',
  })
  realisedNok!: string | null;

  @Field(() => BenefitOwnerReportModel, {
    nullable: true,
    description: "The benefit owner's report for the year.",
  })
  ownerReport!: BenefitOwnerReportModel | null;

  @Field({
    description:
      'An external benefit whose owner has not reported on the year (the report needs their input).',
  })
  externalInputMissing!: boolean;
}
