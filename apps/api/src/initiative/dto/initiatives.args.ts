import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { InitiativeFilter } from './initiative-filter.input.js';
import { InitiativeSort } from './initiative-sort.input.js';

@ArgsType()
export class InitiativesArgs extends PageArgs {
  @Field(() => InitiativeFilter, { nullable: true })
  filter?: InitiativeFilter;

  @Field(() => InitiativeSort, { nullable: true })
  sort?: InitiativeSort;
}
