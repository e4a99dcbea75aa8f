import { BenefitCategory, BenefitStatus } from '@gevinst/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import '../benefit-enums.js';

@InputType()
export class BenefitFilter {
  @Field(() => ID, { nullable: true })
  initiativeId?: string;

  @Field(() => ID, { nullable: true, description: 'Benefits received by this organisation.' })
  receivingOrganisationId?: string;

  @Field(() => [BenefitCategory], { nullable: true, description: 'Any of these categories.' })
  category?: BenefitCategory[];

  @Field(() => [BenefitStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: BenefitStatus[];

  @Field({ nullable: true, description: 'Free text matched against the title and the indicator name.' })
  search?: string;
}
