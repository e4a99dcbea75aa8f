import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BenefitCategory } from '@gevinst/domain';
import '../benefit/benefit-enums.js';

@ObjectType('NonMonetisedBenefit', {
  description:
    'A benefit of the initiative with no value in NOK (no value per unit), listed beside the NPV: it is part of the analysis but not of the NPV (DFØ: ikke-prissatte virkninger).',
})
export class NonMonetisedBenefitModel {
  @Field(() => ID, { description: "The benefit's id." })
  benefitId!: string;

  @Field({ description: "The benefit's title." })
  title!: string;

  @Field({ description: 'The indicator that follows it.' })
  indicatorName!: string;

  @Field({ description: "The unit of the benefit's indicator." })
  indicatorUnit!: string;

  @Field(() => BenefitCategory, { description: "The benefit's category." })
  category!: BenefitCategory;
}
