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

  @Field(() => FundingScheme, { description: 'Where the money comes from.' })
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

  @Field(() => String, {
    nullable: true,
    description:
      "OWN_BUDGET only: the agency's budget chapter in the state budget (kapittel, four digits, e.g. 0540); given together with budgetPost.",
  })
  budgetChapter?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'OWN_BUDGET only: the post under the chapter (two digits, e.g. 01); given together with budgetChapter.',
  })
  budgetPost?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'STIMULAB only: support given in kind, e.g. "tjenestedesign, 400 timer" (at most 500 characters); amount is then the monetary part, 0 when none.',
  })
  inKindDescription?: string | null;
}
