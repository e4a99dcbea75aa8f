import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { BenefitFilter } from './benefit-filter.input.js';
import { BenefitSort } from './benefit-sort.input.js';

@ArgsType()
export class BenefitsArgs extends PageArgs {
  @Field(() => BenefitFilter, { nullable: true })
  filter?: BenefitFilter;

  @Field(() => BenefitSort, {
    nullable: true,
    description: 'Default: by initiative code, in the order added.',
  })
  sort?: BenefitSort;
}
