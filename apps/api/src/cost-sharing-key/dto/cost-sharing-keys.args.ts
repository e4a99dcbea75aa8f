import { CostSharingMethodCode, type CostSharingMethod } from '@gevinst/domain';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import '../../graphql/enums.js';
import { PageArgs } from '../../common/pagination.js';
import { CostSharingKeySort } from './cost-sharing-key-sort.input.js';

@ArgsType()
export class CostSharingKeysArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  ownerOrganisationId?: string;

  @Field({ nullable: true, description: 'Matched against the name.' })
  search?: string;

  @Field(() => CostSharingMethodCode, {
    nullable: true,
    description: 'Only keys whose current rules use this method, e.g. PROPORTIONAL.',
  })
  method?: CostSharingMethod;

  @Field(() => CostSharingKeySort, { nullable: true, description: 'Default: by name.' })
  sort?: CostSharingKeySort;
}
