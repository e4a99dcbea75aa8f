import { OrganisationKind } from '@gevinst/domain';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CountyModel } from '../county/county.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationLoaders } from './organisation.loaders.js';
import { OrganisationModel } from './organisation.model.js';

/**
 * County.authority. Resolved here rather than in county/: an organisation lies in a county (Organisation.county),
 * so organisation/ depends on county/, and county/ must not depend back on organisation/.
 */
@Resolver(() => CountyModel)
export class CountyAuthorityResolver {
  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description: `The county authority (${OrganisationKind.COUNTY_AUTHORITY}); null for Oslo, where Oslo kommune performs the county tasks.`,
  })
  authority(@Parent() county: CountyModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(OrganisationLoaders).countyAuthority.load(county.number);
  }
}
