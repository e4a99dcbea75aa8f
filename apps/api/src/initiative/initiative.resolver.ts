import { ParticipantRole } from '@gevinst/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { CreateInitiativeInput } from './dto/create-initiative.input.js';
import { InitiativesArgs } from './dto/initiatives.args.js';
import { UpdateInitiativeInput } from './dto/update-initiative.input.js';
import { FundingSourceModel } from './funding-source.model.js';
import { InitiativePage } from './initiative-page.model.js';
import { InitiativeModel } from './initiative.model.js';
import { InitiativeService } from './initiative.service.js';
import { ParticipantModel } from './participant.model.js';

@Resolver(() => InitiativeModel)
export class InitiativeResolver {
  constructor(private readonly initiativeService: InitiativeService) {}

  @Query(() => InitiativePage, { description: 'Initiatives, filtered, sorted and paginated.' })
  initiatives(@Args() args: InitiativesArgs): Promise<InitiativePage> {
    return this.initiativeService.list(args.filter, args.sort, args);
  }

  @Query(() => InitiativeModel, { nullable: true })
  initiative(@Args('id', { type: () => ID }) id: string): Promise<InitiativeModel> {
    return this.initiativeService.findById(id);
  }

  @Mutation(() => InitiativeModel)
  createInitiative(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateInitiativeInput,
  ): Promise<InitiativeModel> {
    return this.initiativeService.create(actor, input);
  }

  @Mutation(() => InitiativeModel)
  updateInitiative(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateInitiativeInput,
  ): Promise<InitiativeModel> {
    return this.initiativeService.update(actor, input);
  }

  @Mutation(() => ParticipantModel, { description: 'Adds an organisation to an initiative with a role.' })
  addParticipant(
    @CurrentActor() actor: Actor,
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('role', { type: () => ParticipantRole }) role: ParticipantRole,
    @Args('pays', { nullable: true, description: 'Shares the costs; by default partners and funders do.' })
    pays?: boolean,
  ): Promise<ParticipantModel> {
    return this.initiativeService.addParticipant(actor, initiativeId, organisationId, role, pays);
  }

  @Mutation(() => InitiativeModel, {
    description: 'Removes an organisation from an initiative (not the owner).',
  })
  removeParticipant(
    @CurrentActor() actor: Actor,
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<InitiativeModel> {
    return this.initiativeService.removeParticipant(actor, initiativeId, organisationId);
  }

  @ResolveField(() => OrganisationModel)
  owner(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(initiative.ownerId);
  }

  @ResolveField(() => OrganisationModel, { description: 'The responsible ministry.' })
  ministry(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(initiative.ministryId);
  }

  @ResolveField(() => [ParticipantModel])
  participants(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.participantsOfInitiative.load(initiative.id);
  }

  @ResolveField(() => [FundingSourceModel])
  fundingSources(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.fundingSourcesOfInitiative.load(initiative.id);
  }
}
