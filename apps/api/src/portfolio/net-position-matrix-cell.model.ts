import { AdministrativeLevel, FundingScheme } from '@gevinst/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('NetPositionMatrixCell', {
  description:
    'A cell of the matrix "who pays (rows) versus who benefits (columns)". A row is an administrative level (its organisations’ allocations and own-budget payments) or a grant scheme (the items it funds); a column is the benefiting level. Within each initiative, each level’s benefits are attributed to the paying rows in proportion to what they pay, and each paying row’s payment to the benefiting levels in proportion to their planned benefits (exact to the øre, by largest remainder); summed over the initiatives (cost-model payerMatrix).',
})
export class NetPositionMatrixCellModel {
  @Field(() => AdministrativeLevel, {
    nullable: true,
    description:
      'The paying organisations’ level; null with payerScheme set: the scheme pays; both null: benefits of initiatives nobody pays for.',
  })
  payerLevel!: AdministrativeLevel | null;

  @Field(() => FundingScheme, {
    nullable: true,
    description:
      'The grant scheme that pays (CO_FINANCING, DIGIFIN, STIMULAB, OTHER); null: an organisation’s level pays, or no payer.',
  })
  payerScheme!: FundingScheme | null;

  @Field(() => AdministrativeLevel, {
    nullable: true,
    description: 'Who benefits; null: cost of initiatives with no planned benefit above zero.',
  })
  beneficiaryLevel!: AdministrativeLevel | null;

  @Field(() => MoneyScalar, {
    description: 'Paid by the row (payerLevel or payerScheme) for benefits landing at beneficiaryLevel.',
  })
  costNok!: string;

  @Field(() => MoneyScalar, { description: 'Planned benefits at beneficiaryLevel paid for by payerLevel.' })
  plannedBenefitNok!: string;

  @Field(() => MoneyScalar, { description: 'Realised benefits at beneficiaryLevel paid for by payerLevel.' })
  realisedBenefitNok!: string;
}
