import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { CostSharingKeySort } from './cost-sharing-key-sort.input.js';

@ArgsType()
export class CostSharingKeysArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  ownerOrganisationId?: string;

  @Field({ nullable: true, description: 'Matched against the name.' })
  search?: string;

  @Field({ nullable: true, description: 'Only keys whose current rules use this method, e.g. PROPORTIONAL.' })
  method?: string;

  @Field(() => CostSharingKeySort, { nullable: true, description: 'Default: by name.' })
  sort?: CostSharingKeySort;
}
