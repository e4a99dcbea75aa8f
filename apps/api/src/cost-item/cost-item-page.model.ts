import { Field, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { CostItemModel } from './cost-item.model.js';

@ObjectType('CostItemPage', { description: 'A page of cost items, with the total count.' })
export class CostItemPage extends Paginated(CostItemModel) {
  @Field(() => MoneyScalar, { description: 'Sum of the planned amounts of every matching item (all pages).' })
  totalPlannedAmount!: string;

  @Field(() => MoneyScalar, { description: 'Sum of the actual amounts of every matching item (all pages).' })
  totalActualAmount!: string;
}
