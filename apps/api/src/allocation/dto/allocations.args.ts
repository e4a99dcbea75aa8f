import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { AllocationFilter } from './allocation-filter.input.js';
import { AllocationSort } from './allocation-sort.input.js';

@ArgsType()
export class AllocationsArgs extends PageArgs {
  @Field(() => AllocationFilter, { nullable: true })
  filter?: AllocationFilter;

  @Field(() => AllocationSort, {
    nullable: true,
    description: 'Default: by year, then initiative code and organisation name.',
  })
  sort?: AllocationSort;
}
