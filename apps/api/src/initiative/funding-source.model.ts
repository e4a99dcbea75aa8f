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

  @Field(() => FundingScheme)
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
}
