import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { BenefitFilter } from './benefit-filter.input.js';
import { BenefitSort } from './benefit-sort.input.js';

@ArgsType()
export class BenefitsArgs extends PageArgs {
  @Field(() => BenefitFilter, {
    description: 'Which benefits to list; empty: all you may see.',
    nullable: true,
  })
  filter?: BenefitFilter;

  @Field(() => BenefitSort, {
    nullable: true,
    description: 'Default: by initiative code, in the order added.',
  })
  sort?: BenefitSort;
}
