import { RiskLevel } from '@gevinst/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import './benefit-enums.js';

@ObjectType('BenefitRisk', { description: 'A risk to the realisation of a benefit.' })
export class BenefitRiskModel {
  @Field(() => ID)
  id!: string;

  @Field()
  description!: string;

  @Field(() => RiskLevel)
  likelihood!: RiskLevel;

  @Field(() => RiskLevel)
  impact!: RiskLevel;

  @Field()
  mitigation!: string;
}
