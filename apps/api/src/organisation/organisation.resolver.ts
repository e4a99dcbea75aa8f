import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, organisationDisplayName } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, RequireRoles } from '../auth/auth.decorators.js';
import { CountyModel } from '../county/county.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { OrganisationsArgs } from './dto/organisations.args.js';
import { PopulationInput } from './dto/population.input.js';
import { UpdateOrganisationInput } from './dto/update-organisation.input.js';
import { OrganisationPage } from './organisation-page.model.js';
import { OrganisationModel } from './organisation.model.js';
import { OrganisationService } from './organisation.service.js';
import { PopulationModel } from '../population/models/population.model.js';
import { listOf, MAX_MUNICIPALITY_ROWS } from '../graphql/complexity.js';
import { CountyLoaders } from '../county/county.loaders.js';
import { OrganisationChildrenPage } from './organisation-children-connection.model.js';
import { NestedPageArgs, cursorPageOf } from '../common/cursor.js';
import { OrganisationLoaders } from './organisation.loaders.js';

@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Query(() => OrganisationPage, { description: 'Organisations, filtered, sorted and paginated.' })
  organisations(@Args() args: OrganisationsArgs): Promise<OrganisationPage> {
    return this.organisationService.list(args.filter, args.sort, args);
  }

  @Query(() => OrganisationModel, {
    nullable: true,
    description: 'One organisation by id; NOT_FOUND when there is none.',
  })
  organisation(
    @Args('id', { description: 'The id of the organisation.', type: () => ID }) id: string,
  ): Promise<OrganisationModel> {
    return this.organisationService.findById(id);
  }

  @Query(() => OrganisationModel, {
    nullable: true,
    description: 'One organisation by its organisation number; NOT_FOUND when there is none.',
  })
  organisationByOrgNumber(
    @Args('orgNumber', { description: 'The nine-digit organisation number (organisasjonsnummer).' })
    orgNumber: string,
  ): Promise<OrganisationModel> {
    return this.organisationService.findByOrgNumber(orgNumber);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => OrganisationModel, { description: 'Adds an organisation (administrators).' })
  createOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The values of the new organisation.' }) input: CreateOrganisationInput,
  ): Promise<OrganisationModel> {
    return this.organisationService.create(actor, input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => OrganisationModel, { description: 'Changes an organisation (administrators).' })
  updateOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The organisation to change (id and version) and the changes.' })
    input: UpdateOrganisationInput,
  ): Promise<OrganisationModel> {
    return this.organisationService.update(actor, input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => OrganisationModel, {
    description:
      'Stores the population of an organisation for one year; other years are untouched (administrators).',
  })
  setOrganisationPopulation(
    @CurrentActor() actor: Actor,
    @Args('organisationId', { description: "The organisation's id.", type: () => ID }) organisationId: string,
    @Args('population', { description: 'The year and the population.' }) population: PopulationInput,
  ): Promise<OrganisationModel> {
    return this.organisationService.setPopulation(actor, organisationId, population);
  }

  @ResolveField(() => String, {
    description:
      'The name to show: a municipality as «Brønnøy kommune», a county authority as «… fylkeskommune», every ' +
      'other organisation by its name (so «Brønnøy kommune» and «Brønnøysundregistrene» are told apart).',
  })
  displayName(@Parent() organisation: OrganisationModel): string {
    return organisationDisplayName(organisation);
  }

  @ResolveField(() => OrganisationModel, {
    description: 'The parent organisation (e.g. a ministry above an agency); empty: none.',
    nullable: true,
  })
  async parent(@Parent() organisation: OrganisationModel, @Context() ctx: GraphQLContext) {
    return organisation.parentId
      ? ctx.loaders.of(OrganisationLoaders).organisation.load(organisation.parentId)
      : null;
  }

  @ResolveField(() => [OrganisationModel], {
    description: 'The organisations whose parent this organisation is.',
    complexity: listOf(MAX_MUNICIPALITY_ROWS),
    deprecationReason: 'Unpaged: use childrenPage(first:, after:).',
  })
  children(@Parent() organisation: OrganisationModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(OrganisationLoaders).childrenOfOrganisation.load(organisation.id);
  }

  @ResolveField(() => OrganisationChildrenPage, {
    description:
      'The organisations whose parent this organisation is, by name, paged by cursor (first, after); the same records as children.',
  })
  async childrenPage(
    @Parent() organisation: OrganisationModel,
    @Context() ctx: GraphQLContext,
    @Args() page: NestedPageArgs,
  ): Promise<OrganisationChildrenPage> {
    const all = await ctx.loaders.of(OrganisationLoaders).childrenOfOrganisation.load(organisation.id);
    return cursorPageOf('children', all, page);
  }

  @ResolveField(() => CountyModel, {
    description: 'The county the organisation lies in; empty when unknown or none.',
    nullable: true,
  })
  async county(@Parent() organisation: OrganisationModel, @Context() ctx: GraphQLContext) {
    return organisation.countyNumber
      ? ctx.loaders.of(CountyLoaders).county.load(organisation.countyNumber)
      : null;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Inhabitants on 1 January of `year`; without a year, the latest figure. Null when unknown.',
  })
  async population(
    @Parent() organisation: OrganisationModel,
    @Context() ctx: GraphQLContext,
    @Args('year', {
      description: 'The year whose 1 January population is wanted; empty: the latest figure.',
      type: () => Int,
      nullable: true,
    })
    year?: number,
  ): Promise<number | null> {
    const populations = await ctx.loaders
      .of(OrganisationLoaders)
      .populationsOfOrganisation.load(organisation.id);
    if (year === undefined || year === null) return populations.at(-1)?.value ?? null;
    return populations.find((population) => population.year === year)?.value ?? null;
  }

  @ResolveField(() => [PopulationModel], {
    description: 'Every year with a population figure, oldest first.',
  })
  populations(@Parent() organisation: OrganisationModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(OrganisationLoaders).populationsOfOrganisation.load(organisation.id);
  }
}
