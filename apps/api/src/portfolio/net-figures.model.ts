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

  @Field(() => MoneyScalar, {
    description:
      'Paid from its own budget: the planned amounts of cost items no current allocation run allocates and that its own budget pays (the item names OWN_BUDGET with this organisation, or names no source or no organisation and this organisation owns the initiative).',
  })
  ownBudgetCostNok!: string;

  @Field(() => MoneyScalar, {
    description:
      'Everything it pays: allocatedCostNok + ownBudgetCostNok. Net figures and costShare are based on it.',
  })
  paidNok!: string;

  @Field(() => MoneyScalar, { description: 'Planned monetised benefits it receives over the years.' })
  plannedBenefitNok!: string;

  @Field(() => MoneyScalar, { description: 'Realised monetised benefits it received up to asOf.' })
  realisedBenefitNok!: string;

  @Field(() => MoneyScalar, { description: 'plannedBenefitNok − paidNok' })
  plannedNetNok!: string;

  @Field(() => MoneyScalar, { description: 'realisedBenefitNok − paidNok' })
  realisedNetNok!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'paidNok as a share of everything paid in the answer (totals.paidNok: the organisations and the grant schemes), so the organisations’ and the schemes’ shares add up to one; null when nothing is paid.',
  })
  costShare!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Share of the total planned benefit shown.' })
  benefitShare!: string | null;

  @Field(() => [NetPositionFlag], {
    description:
      'PAYS_WITHOUT_BENEFIT: it pays (paidNok above zero) and neither its planned nor its realised benefit is above zero. BENEFITS_WITHOUT_PAYING: a benefit above zero, nothing paid, and no own-budget funding source of its own in the period.',
  })
  flags!: NetPositionFlag[];
}
