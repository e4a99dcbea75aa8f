import { RiskLevel } from '@gevinst/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import './benefit-enums.js';

@ObjectType('BenefitRisk', { description: 'A risk to the realisation of a benefit.' })
export class BenefitRiskModel {
  @Field(() => ID, { description: "The benefit risk's id." })
  id!: string;

  @Field({ description: 'A free-text description of the benefit risk.' })
  description!: string;

  @Field(() => RiskLevel, { description: 'How likely the risk is: LOW, MEDIUM or HIGH.' })
  likelihood!: RiskLevel;

  @Field(() => RiskLevel, { description: 'How much the risk would affect the benefit: LOW, MEDIUM or HIGH.' })
  impact!: RiskLevel;

  @Field({ description: 'What is done to reduce the risk.' })
  mitigation!: string;
}
