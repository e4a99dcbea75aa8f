import { RiskLevel } from '@gevinst/domain';
import { Field, InputType } from '@nestjs/graphql';
import '../benefit-enums.js';

@InputType()
export class BenefitRiskInput {
  @Field()
  description!: string;

  @Field(() => RiskLevel)
  likelihood!: RiskLevel;

  @Field(() => RiskLevel)
  impact!: RiskLevel;

  @Field({ nullable: true })
  mitigation?: string;
}
