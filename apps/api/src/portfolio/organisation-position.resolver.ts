import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { computed, PORTFOLIO_FIGURES_POINTS } from '../graphql/complexity.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { OrganisationPositionsArgs } from './dto/organisation-positions.args.js';
import {
  OrganisationInitiativePositionModel,
  OrganisationPositionModel,
  OrganisationPositionPage,
} from './organisation-position.model.js';
import type { OrganisationPositionList } from './organisation-positions.js';
import { PortfolioService } from './portfolio.service.js';

@Resolver(() => OrganisationPositionModel)
export class OrganisationPositionResolver {
  constructor(private readonly portfolio: PortfolioService) {}

  @Query(() => OrganisationPositionPage, {
    nullable: true,
    complexity: computed(PORTFOLIO_FIGURES_POINTS),
    description:
      'Who pays and who benefits, one row per organisation and per grant scheme that pays, with the initiatives behind each row: the figures of netPositions for the same initiatives, filtered, sorted and paged (docs/organisation-positions.md). Same access as netPositions: only the rows the caller may see (a finance officer: their own organisation). Also as XLSX: GET /api/exports/organisation-positions.xlsx with the same filter.',
  })
  organisationPositions(
    @CurrentActor() actor: Actor,
    @Args() args: OrganisationPositionsArgs,
  ): Promise<OrganisationPositionList> {
    return this.portfolio.organisationPositions(actor, args);
  }

  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description: 'The organisation; null for a scheme.',
  })
  organisation(@Parent() row: OrganisationPositionModel, @Context() ctx: GraphQLContext) {
    return row.organisationId
      ? ctx.loaders.of(OrganisationLoaders).organisation.load(row.organisationId)
      : null;
  }
}

@Resolver(() => OrganisationInitiativePositionModel)
export class OrganisationInitiativePositionResolver {
  @ResolveField(() => InitiativeModel, { description: 'The initiative.' })
  initiative(@Parent() row: OrganisationInitiativePositionModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(row.initiativeId);
  }
}
