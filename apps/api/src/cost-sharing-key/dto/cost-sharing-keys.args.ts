import { CostSharingMethodCode, type CostSharingMethod } from '@gevinst/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import '../../graphql/enums.js';
import { PageArgs } from '../../common/pagination.js';
import { CostSharingKeySort } from './cost-sharing-key-sort.input.js';

@InputType({ description: 'Which cost-sharing keys to list; every field given narrows the list.' })
export class CostSharingKeyFilter {
  @Field(() => ID, { nullable: true, description: 'Only keys this organisation manages.' })
  ownerOrganisationId?: string;

  @Field({ nullable: true, description: 'Matched against the name.' })
  search?: string;

  @Field(() => CostSharingMethodCode, {
    nullable: true,
    description: 'Only keys whose current rules use this method, e.g. PROPORTIONAL.',
  })
  method?: CostSharingMethod;
}

@ArgsType()
export class CostSharingKeysArgs extends PageArgs {
  @Field(() => CostSharingKeyFilter, {
    nullable: true,
    description: 'Which keys (replaces the loose arguments).',
  })
  filter?: CostSharingKeyFilter;

  @Field(() => ID, {
    nullable: true,
    description: 'Only keys this organisation manages.',
    deprecationReason: 'Use filter.ownerOrganisationId.',
  })
  ownerOrganisationId?: string;

  @Field({
    nullable: true,
    description: 'Matched against the name.',
    deprecationReason: 'Use filter.search.',
  })
  search?: string;

  @Field(() => CostSharingMethodCode, {
    nullable: true,
    description: 'Only keys whose current rules use this method, e.g. PROPORTIONAL.',
    deprecationReason: 'Use filter.method.',
  })
  method?: CostSharingMethod;

  @Field(() => CostSharingKeySort, { nullable: true, description: 'Default: by name.' })
  sort?: CostSharingKeySort;
}
