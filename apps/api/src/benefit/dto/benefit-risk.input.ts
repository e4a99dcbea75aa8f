import { RiskLevel } from '@gevinst/domain';
import { Field, InputType } from '@nestjs/graphql';
import '../benefit-enums.js';

@InputType({
  description: 'A risk to the realisation of a benefit: what it is, its likelihood, impact and mitigation.',
})
export class BenefitRiskInput {
  @Field({ description: 'A free-text description of the benefit risk.' })
  description!: string;

  @Field(() => RiskLevel, { description: 'How likely the risk is: LOW, MEDIUM or HIGH.' })
  likelihood!: RiskLevel;

  @Field(() => RiskLevel, { description: 'How much the risk would affect the benefit: LOW, MEDIUM or HIGH.' })
  impact!: RiskLevel;

  @Field({ description: 'What is done to reduce the risk.', nullable: true })
  mitigation?: string;
}
