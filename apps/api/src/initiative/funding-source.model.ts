import { FundingScheme } from '@gevinst/domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('FundingSource', {
  description:
    "One source of funding of an initiative for one year: a grant (paid by the scheme) or an organisation's own budget.",
})
export class FundingSourceModel {
  @Field(() => Int, { description: 'The year the funding is for.' })
  year!: number;

  @Field(() => FundingScheme, { description: 'Where the money comes from.' })
  scheme!: FundingScheme;

  /** OWN_BUDGET (or OTHER): the organisation; resolved as `organisation`. */
  organisationId!: string | null;

  @Field(() => MoneyScalar, { description: 'NOK planned for the year.' })
  plannedAmount!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK received so far; null when nothing is recorded.',
  })
  receivedAmount!: string | null;

  @Field({ description: 'A note, e.g. the grant letter.' })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "OWN_BUDGET: the agency's budget chapter in the state budget (kapittel, four digits, e.g. 0540), where its co-financing take-out is cut; null: not stated or not an own budget.",
  })
  budgetChapter!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'OWN_BUDGET: the post under the budget chapter (two digits, e.g. 01); null: not stated.',
  })
  budgetPost!: string | null;

  @Field({
    description:
      'STIMULAB: the support is (also) given in kind — services such as service design hours — described in inKindDescription; plannedAmount is then its monetary part (may be 0).',
  })
  inKind!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'STIMULAB: what is given in kind, e.g. "tjenestedesign, 400 timer"; null: money only.',
  })
  inKindDescription!: string | null;
}
