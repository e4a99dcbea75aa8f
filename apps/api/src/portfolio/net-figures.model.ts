import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { NetPositionFlag } from './net-position-flag.enum.js';

/** What an organisation (or a level) pays against what it gains (cost-model `netPositions`). */
@ObjectType({ isAbstract: true })
export abstract class NetFiguresModel {
  @Field(() => MoneyScalar, {
    description: 'Allocated cost: the planned amounts of its lines in current allocation runs.',
  })
  allocatedCostNok!: string;

  @Field(() => MoneyScalar, { description: 'Planned monetised benefits it receives over the years.' })
  plannedBenefitNok!: string;

  @Field(() => MoneyScalar, { description: 'Realised monetised benefits it received up to asOf.' })
  realisedBenefitNok!: string;

  @Field(() => MoneyScalar, { description: 'plannedBenefitNok − allocatedCostNok' })
  plannedNetNok!: string;

  @Field(() => MoneyScalar, { description: 'realisedBenefitNok − allocatedCostNok' })
  realisedNetNok!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Share of the total allocated cost shown.' })
  costShare!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Share of the total planned benefit shown.' })
  benefitShare!: string | null;

  @Field(() => [NetPositionFlag])
  flags!: NetPositionFlag[];
}
