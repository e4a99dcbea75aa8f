import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { CostItemFilter } from './cost-item-filter.input.js';
import { CostItemSort } from './cost-item-sort.input.js';

@ArgsType()
export class CostItemsArgs extends PageArgs {
  @Field(() => CostItemFilter, {
    description: 'Which cost items to list; empty: all you may see.',
    nullable: true,
  })
  filter?: CostItemFilter;

  @Field(() => CostItemSort, { nullable: true, description: 'Default: by year, then category.' })
  sort?: CostItemSort;
}
