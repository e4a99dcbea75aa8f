import { ParticipantRole } from '@gevinst/domain';
import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { CreateInitiativeInput } from './dto/create-initiative.input.js';
import { InitiativesArgs } from './dto/initiatives.args.js';
import { ParticipantsArgs } from './dto/participants.args.js';
import { ParticipantPage } from './participant-page.model.js';
import { InitiativeParticipantsPage } from './participant-connection.model.js';

import { NestedPageArgs, pageInfo, pageWindow } from '../common/cursor.js';
import { selectionAt } from '../common/selection.js';

/** The name the cursors of Initiative.participantsPage carry. */
const PARTICIPANT_LIST = 'participants';
import { UpdateInitiativeInput } from './dto/update-initiative.input.js';
import { FundingSourceModel } from './funding-source.model.js';
import { InitiativePage } from './initiative-page.model.js';
import { InitiativeModel } from './initiative.model.js';
import { InitiativeParticipantsService } from './initiative-participants.service.js';
import { InitiativeService } from './initiative.service.js';
import { ParticipantModel } from './participant.model.js';
import { listOf, MAX_MUNICIPALITY_ROWS } from '../graphql/complexity.js';
import { spliceKeptLists } from '../graphql/list-splices.js';
import { InitiativeLoaders } from './initiative.loaders.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';

/**
 * Participants with their organisation attached, all loaded in one batch. Participant.organisation is a
 * plain field rather than a field resolver: a page of 50 national initiatives holds thousands of
 * participants, and a resolver call (with its promise) per participant cost most of the request.
 */
async function withOrganisations(
  ctx: GraphQLContext,
  participants: Omit<ParticipantModel, 'organisation'>[],
): Promise<ParticipantModel[]> {
  const organisations = await ctx.loaders
    .of(OrganisationLoaders)
    .organisation.loadMany(participants.map((p) => p.organisationId));
  return participants.map((participant, index) => {
    const organisation = organisations[index];
    if (organisation instanceof Error) throw organisation;
    if (!organisation) throw new Error(`Organisation ${participant.organisationId} was not found`);
    return { ...participant, organisation };
  });
}

@Resolver(() => InitiativeModel)
export class InitiativeResolver {
  constructor(
    private readonly initiativeService: InitiativeService,
    private readonly participantService: InitiativeParticipantsService,
  ) {}

  @Query(() => ParticipantPage, {
    name: 'participants',
    description:
      "An initiative's participants, filtered, sorted and paged (Initiative.participants lists them all).",
  })
  async participantPage(
    @Args() args: ParticipantsArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<ParticipantPage> {
    const page = await this.participantService.page(args);
    return { ...page, nodes: await withOrganisations(ctx, page.nodes) };
  }

  @Query(() => InitiativePage, {
    description: 'Initiatives, filtered, sorted and paginated (by offset and limit, or by first and after).',
  })
  async initiatives(
    @Args() args: InitiativesArgs,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<InitiativePage> {
    const page = await this.initiativeService.list(args.filter, args.sort, args);
    // The page's participants, read now in the one batch their field would make, and attached: then
    // Initiative.participants answers them without a resolver call per initiative (graphql/preloaded-fields.ts).
    const participants = selectionAt(info, ['nodes', 'participants']);
    if (participants.fieldNodes.length && page.nodes.length) {
      const loaded = await ctx.loaders
        .of(InitiativeLoaders)
        .participantsWithOrganisation(participants)
        .loadMany(page.nodes.map((initiative) => initiative.id));
      page.nodes.forEach((initiative, index) => {
        const list = loaded[index];
        if (!(list instanceof Error)) (initiative as InitiativeModel).participants = list;
      });
      // The kept lists' text is written into the answer from bytes made once per list (graphql/list-splices.ts).
      spliceKeptLists(
        info,
        ctx.res,
        'nodes',
        'participants',
        loaded.map((list) => (list instanceof Error ? undefined : list)),
      );
    }
    return page;
  }

  @Query(() => InitiativeModel, {
    nullable: true,
    description: 'One initiative by id; NOT_FOUND when there is none.',
  })
  initiative(
    @Args('id', { description: 'The id of the initiative.', type: () => ID }) id: string,
  ): Promise<InitiativeModel> {
    return this.initiativeService.findById(id);
  }

  @Query(() => InitiativeModel, {
    nullable: true,
    description:
      'The initiative with this code (e.g. "MINSIDE-2026"); null when there is none, so an integrator can look one up without knowing its id.',
  })
  initiativeByCode(
    @Args('code', { description: 'The initiative’s code, as Initiative.code gives it.' }) code: string,
  ): Promise<InitiativeModel | null> {
    return this.initiativeService.findByCode(code);
  }

  @Mutation(() => InitiativeModel, {
    description: 'Creates an initiative; the owner organisation becomes its OWNER participant.',
  })
  createInitiative(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The values of the new initiative.' }) input: CreateInitiativeInput,
  ): Promise<InitiativeModel> {
    return this.initiativeService.create(actor, input);
  }

  @Mutation(() => InitiativeModel, { description: 'Changes an initiative at the version you read.' })
  updateInitiative(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The initiative to change (id and version) and the changes.' })
    input: UpdateInitiativeInput,
  ): Promise<InitiativeModel> {
    return this.initiativeService.update(actor, input);
  }

  @Mutation(() => ParticipantModel, { description: 'Adds an organisation to an initiative with a role.' })
  async addParticipant(
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
    @Args('initiativeId', { description: "The initiative's id.", type: () => ID }) initiativeId: string,
    @Args('organisationId', { description: 'The id of the organisation to add.', type: () => ID })
    organisationId: string,
    @Args('role', {
      description: "The organisation's role: OWNER, PARTNER, FUNDER or BENEFICIARY.",
      type: () => ParticipantRole,
    })
    role: ParticipantRole,
    @Args('pays', { nullable: true, description: 'Shares the costs; by default partners and funders do.' })
    pays?: boolean,
  ): Promise<ParticipantModel> {
    const participant = await this.participantService.add(actor, initiativeId, organisationId, role, pays);
    return (await withOrganisations(ctx, [participant]))[0];
  }

  @Mutation(() => ParticipantModel, {
    description: 'Changes a participant’s role, whether it pays, or its group in TWO_LEVEL keys.',
  })
  async updateParticipant(
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
    @Args('initiativeId', { description: "The initiative's id.", type: () => ID }) initiativeId: string,
    @Args('organisationId', { description: "The participating organisation's id.", type: () => ID })
    organisationId: string,
    @Args('role', {
      description:
        'The new role (PARTNER, FUNDER or BENEFICIARY; the owner cannot be set here); empty: unchanged.',
      type: () => ParticipantRole,
      nullable: true,
    })
    role?: ParticipantRole,
    @Args('pays', {
      description: 'Whether the participant shares the costs; empty: unchanged.',
      type: () => Boolean,
      nullable: true,
    })
    pays?: boolean,
    @Args('costGroup', {
      description:
        "The participant's group in TWO_LEVEL cost-sharing keys; null or blank clears it, left out leaves it unchanged.",
      type: () => String,
      nullable: true,
    })
    costGroup?: string | null,
  ): Promise<ParticipantModel> {
    const participant = await this.participantService.update(actor, initiativeId, organisationId, {
      role,
      pays,
      costGroup,
    });
    return (await withOrganisations(ctx, [participant]))[0];
  }

  @Mutation(() => InitiativeModel, {
    description: 'Removes an organisation from an initiative (not the owner).',
  })
  removeParticipant(
    @CurrentActor() actor: Actor,
    @Args('initiativeId', { description: "The initiative's id.", type: () => ID }) initiativeId: string,
    @Args('organisationId', { description: 'The id of the organisation to remove.', type: () => ID })
    organisationId: string,
  ): Promise<InitiativeModel> {
    return this.participantService.remove(actor, initiativeId, organisationId);
  }

  // The list (InitiativeService.list) reads owner and ministry with the page: then no loader runs.
  @ResolveField(() => OrganisationModel, { description: 'The owning organisation.' })
  owner(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return initiative.owner ?? ctx.loaders.of(OrganisationLoaders).organisation.load(initiative.ownerId);
  }

  @ResolveField(() => OrganisationModel, { description: 'The responsible ministry.' })
  ministry(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return (
      initiative.ministry ?? ctx.loaders.of(OrganisationLoaders).organisation.load(initiative.ministryId)
    );
  }

  @ResolveField(() => [ParticipantModel], {
    complexity: listOf(MAX_MUNICIPALITY_ROWS),
    description: 'Every participant, in the order they were added.',
    deprecationReason:
      'Unpaged (a national initiative has hundreds of participants): use participantsPage(first:, after:).',
  })
  participants(
    @Parent() initiative: InitiativeModel,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.of(InitiativeLoaders).participantsWithOrganisation(info).load(initiative.id);
  }

  @ResolveField(() => InitiativeParticipantsPage, {
    description:
      'Its participants with their organisations, in the order they were added, paged by cursor (first, after).',
  })
  async participantsPage(
    @Parent() initiative: InitiativeModel,
    @Args() args: NestedPageArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<InitiativeParticipantsPage> {
    const window = pageWindow(PARTICIPANT_LIST, { offset: 0, limit: args.first, ...args });
    const page = await ctx.loaders.of(InitiativeLoaders).participantPage(window).load(initiative.id);
    return { ...page, pageInfo: pageInfo(PARTICIPANT_LIST, window, page.nodes.length, page.totalCount) };
  }

  @ResolveField(() => [FundingSourceModel], {
    description:
      'Its funding sources, per year, in the order they were given (see fundingPlan for the sums).',
  })
  async fundingSources(
    @Parent() initiative: InitiativeModel,
    @Context() ctx: GraphQLContext,
  ): Promise<FundingSourceModel[]> {
    const sources = await ctx.loaders.of(InitiativeLoaders).fundingSourcesOfInitiative.load(initiative.id);
    return sources.map((source) => ({
      year: source.year,
      scheme: source.scheme,
      organisationId: source.organisationId,
      plannedAmount: source.amount,
      receivedAmount: source.receivedAmount,
      description: source.description,
      budgetChapter: source.budgetChapter,
      budgetPost: source.budgetPost,
      inKind: source.inKindDescription !== null,
      inKindDescription: source.inKindDescription,
    }));
  }
}
