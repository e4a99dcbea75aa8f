import { ArgsType, Field } from '@nestjs/graphql';
import { CursorPageArgs } from '../../common/cursor.js';
import { AllocationFilter } from './allocation-filter.input.js';
import { AllocationSort } from './allocation-sort.input.js';

@ArgsType()
export class AllocationsArgs extends CursorPageArgs {
  @Field(() => AllocationFilter, {
    description: 'Which allocation lines to list; empty: all you may see.',
    nullable: true,
  })
  filter?: AllocationFilter;

  @Field(() => AllocationSort, {
    nullable: true,
    description: 'Default: by year, then initiative code and organisation name.',
  })
  sort?: AllocationSort;
}
