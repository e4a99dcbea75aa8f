import { AdministrativeLevel } from '@gevinst/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('NetPositionMatrixCell', {
  description:
    'A cell of the matrix "who pays (rows) versus who benefits (columns)" by administrative level. Within each initiative, each level’s benefits are attributed to the paying levels in proportion to what they pay, and each paying level’s cost to the benefiting levels in proportion to their planned benefits (exact to the øre, by largest remainder); summed over the initiatives.',
})
export class NetPositionMatrixCellModel {
  @Field(() => AdministrativeLevel, {
    nullable: true,
    description: 'Who pays; null: benefits of initiatives with no allocated cost.',
  })
  payerLevel!: AdministrativeLevel | null;

  @Field(() => AdministrativeLevel, {
    nullable: true,
    description: 'Who benefits; null: cost of initiatives with no planned benefit above zero.',
  })
  beneficiaryLevel!: AdministrativeLevel | null;

  @Field(() => MoneyScalar, {
    description: 'Cost paid by payerLevel for benefits landing at beneficiaryLevel.',
  })
  costNok!: string;

  @Field(() => MoneyScalar, { description: 'Planned benefits at beneficiaryLevel paid for by payerLevel.' })
  plannedBenefitNok!: string;

  @Field(() => MoneyScalar, { description: 'Realised benefits at beneficiaryLevel paid for by payerLevel.' })
  realisedBenefitNok!: string;
}
