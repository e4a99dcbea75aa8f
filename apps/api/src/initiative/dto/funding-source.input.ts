import { FundingScheme } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';

@InputType({
  description:
    "One funding source of an initiative for one year (the funding plan): a grant (CO_FINANCING, DIGIFIN, STIMULAB), an organisation's own budget, or another source.",
})
export class FundingSourceInput {
  @Field(() => Int, { description: 'The year the funding is for (1990–2200).' })
  year!: number;

  @Field(() => FundingScheme)
  scheme!: FundingScheme;

  @Field(() => ID, {
    nullable: true,
    description:
      "OWN_BUDGET: the organisation whose own budget it comes from; omitted, the initiative's owner. Must be empty for a grant (CO_FINANCING, DIGIFIN, STIMULAB: the scheme pays). OTHER: an external funder, or empty.",
  })
  organisationId?: string | null;

  @Field(() => MoneyScalar, { description: 'NOK planned for the year, 0 or more.' })
  amount!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK received (paid out or transferred) so far, 0 or more; empty when nothing is recorded.',
  })
  receivedAmount?: string | null;

  @Field({ nullable: true, description: 'A note, e.g. the grant letter (at most 1000 characters).' })
  description?: string;
}
