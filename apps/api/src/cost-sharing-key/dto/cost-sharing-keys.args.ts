import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';

@ArgsType()
export class CostSharingKeysArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  ownerOrganisationId?: string;

  @Field({ nullable: true, description: 'Matched against the name.' })
  search?: string;

  @Field({ nullable: true, description: 'Only keys whose current rules use this method, e.g. PROPORTIONAL.' })
  method?: string;
}
