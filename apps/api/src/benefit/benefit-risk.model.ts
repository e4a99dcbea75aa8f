import { RiskLevel } from '@gevinst/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import './benefit-enums.js';

@ObjectType('BenefitRisk', { description: 'A risk to the realisation of a benefit.' })
export class BenefitRiskModel {
  @Field(() => ID, { description: "The benefit risk's id." })
  id!: string;

  @Field({ description: 'A free-text description of the benefit risk.' })
  description!: string;

  @Field(() => RiskLevel)
  likelihood!: RiskLevel;

  @Field(() => RiskLevel)
  impact!: RiskLevel;

  @Field()
  mitigation!: string;
}
