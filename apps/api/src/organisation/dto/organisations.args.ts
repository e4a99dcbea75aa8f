import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { OrganisationFilter } from './organisation-filter.input.js';
import { OrganisationSort } from './organisation-sort.input.js';

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, {
    description: 'Which organisations to list; empty: all.',
    nullable: true,
  })
  filter?: OrganisationFilter;

  @Field(() => OrganisationSort, { description: 'The order; default: name ascending.', nullable: true })
  sort?: OrganisationSort;
}
