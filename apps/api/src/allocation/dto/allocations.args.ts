import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { AllocationFilter } from './allocation-filter.input.js';

@ArgsType()
export class AllocationsArgs extends PageArgs {
  @Field(() => AllocationFilter, { nullable: true })
  filter?: AllocationFilter;
}
