import { ArgsType, Field } from '@nestjs/graphql';
import { CursorPageArgs } from '../../common/cursor.js';
import { AllocationFilter } from './allocation-filter.input.js';
import { AllocationSort } from './allocation-sort.input.js';

@ArgsType()
export class AllocationsArgs extends CursorPageArgs {
  @Field(() => AllocationFilter, { nullable: true })
  filter?: AllocationFilter;

  @Field(() => AllocationSort, {
    nullable: true,
    description: 'Default: by year, then initiative code and organisation name.',
  })
  sort?: AllocationSort;
}
