import { CostCategory } from '@gevinst/domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import '../cost-item/cost-item.model.js';

@ObjectType('CoFinancingAccountLine', {
  description:
    'Project accounts: planned versus actual for a year and cost category (category null: the year in total). A deviation above 10 % of the planned amount is flagged.',
})
export class CoFinancingAccountLineModel {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => CostCategory, { nullable: true, description: 'Null on the line with the total of the year.' })
  category!: CostCategory | null;

  @Field(() => MoneyScalar, { description: 'Deprecated alias of plannedAmount (NOK).' })
  plannedNok!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Null while no actual amount is recorded.' })
  actualNok!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'actual − planned.' })
  deviationNok!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'deviation / planned × 100, two decimals.' })
  deviationPercent!: string | null;

  @Field({
    description: 'The deviation is above 10 % of the planned amount (or anything when nothing was planned).',
  })
  flagged!: boolean;
}
