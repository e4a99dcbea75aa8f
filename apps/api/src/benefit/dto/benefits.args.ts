import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { BenefitFilter } from './benefit-filter.input.js';

@ArgsType()
export class BenefitsArgs extends PageArgs {
  @Field(() => BenefitFilter, { nullable: true })
  filter?: BenefitFilter;
}
