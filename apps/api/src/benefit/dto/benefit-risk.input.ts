import { RiskLevel } from '@gevinst/domain';
import { Field, InputType } from '@nestjs/graphql';
import '../benefit-enums.js';

@InputType({
  description: 'A risk to the realisation of a benefit: what it is, its likelihood, impact and mitigation.',
})
export class BenefitRiskInput {
  @Field({ description: 'A free-text description of the benefit risk.' })
  description!: string;

  @Field(() => RiskLevel)
  likelihood!: RiskLevel;

  @Field(() => RiskLevel)
  impact!: RiskLevel;

  @Field({ nullable: true })
  mitigation?: string;
}
