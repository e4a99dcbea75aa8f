import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { OrganisationFilter } from './organisation-filter.input.js';
import { OrganisationSort } from './organisation-sort.input.js';

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true })
  filter?: OrganisationFilter;

  @Field(() => OrganisationSort, { nullable: true })
  sort?: OrganisationSort;
}
