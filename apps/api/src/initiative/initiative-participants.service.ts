import { LIMITS, ParticipantRole, msg, paysByDefault } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import { AppError, InputProblems, badInput, conflict, notFound } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { Page, assertPage } from '../common/pagination.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import { ParticipantsArgs } from './dto/participants.args.js';
import { assertCanEditInitiative } from './initiative-rules.js';
import type { InitiativeEntity } from './initiative.entity.js';
import { InitiativeRepository } from './initiative.repository.js';
import type { ParticipantEntity } from './participant.entity.js';
import { ParticipantRepository } from './participant.repository.js';

/** A TWO_LEVEL key's group name. */
const COST_GROUP = /^[A-Za-z0-9_-]{1,40}$/;

/** NOT_FOUND for an organisation that does not take part (extensions.entity as notFound writes it). */
function participantNotFound(code: string, organisationId: string): AppError {
  return new AppError('NOT_FOUND', msg('PARTICIPANT_NOT_FOUND', { code, id: organisationId }), [], {
    entity: `Participant of ${code}`,
    id: organisationId,
  });
}

/**
 * An initiative's participants: the paged list, and adding, changing and removing one. Each change locks
 * the initiative (changes to its participants serialise on it), is refused unless the actor edits the
 * initiative, and marks the initiative changed (a new version), audited as a change of the initiative.
 */
@Injectable()
export class InitiativeParticipantsService {
  constructor(
    private readonly initiatives: InitiativeRepository,
    private readonly participants: ParticipantRepository,
    private readonly organisations: OrganisationRepository,
    private readonly mutations: Mutations,
  ) {}

  /** A page of an initiative's participants, with how many of the matching ones pay. */
  async page(args: ParticipantsArgs): Promise<Page<ParticipantEntity> & { payingCount: number }> {
    assertUuid('initiativeId', args.initiativeId);
    assertPage(args);
    const filter = args.filter ?? {};
    if (filter.search && filter.search.length > LIMITS.search)
      throw badInput('filter.search', msg('TOO_LONG', { max: LIMITS.search }));
    if (!(await this.initiatives.findById(args.initiativeId)))
      throw notFound('Initiative', args.initiativeId);
    return this.participants.page(args.initiativeId, filter, args.sort, args);
  }

  add(
    actor: Actor,
    initiativeId: string,
    organisationId: string,
    role: ParticipantRole,
    pays?: boolean,
  ): Promise<ParticipantEntity> {
    assertUuid('initiativeId', initiativeId);
    assertUuid('organisationId', organisationId);
    if (role === ParticipantRole.OWNER) throw badInput('role', msg('OWNER_ROLE_BY_UPDATE'));
    return this.mutations.mutate(actor, {
      load: async () => ({
        ...(await this.initiativeAndParticipant(initiativeId, organisationId)),
        organisation: await this.organisations.findById(organisationId),
      }),
      authorise: ({ initiative, existing, organisation }) => {
        assertCanEditInitiative(actor, initiative);
        if (!organisation)
          throw badInput('organisationId', msg('ORGANISATION_MISSING', { id: organisationId }));
        if (existing)
          throw conflict(
            msg('ALREADY_TAKES_PART', {
              code: initiative.code,
              role: existing.role,
              organisation: organisation.name,
            }),
            { participantId: existing.id },
          );
      },
      apply: async () => {
        const participant = await this.participants.insert({
          initiativeId,
          organisationId,
          role,
          pays: pays ?? paysByDefault(role),
        });
        await this.initiatives.touch(initiativeId);
        return participant;
      },
      audit: ({ initiative }, participant) => ({
        operation: 'addParticipant',
        entityType: 'Initiative',
        entityId: initiativeId,
        ownerOrganisationId: initiative.ownerId,
        after: { participant },
      }),
    });
  }

  /** Changes a participant's role, whether it pays, and its TWO_LEVEL group. */
  update(
    actor: Actor,
    initiativeId: string,
    organisationId: string,
    changes: { role?: ParticipantRole; pays?: boolean; costGroup?: string | null },
  ): Promise<ParticipantEntity> {
    assertUuid('initiativeId', initiativeId);
    assertUuid('organisationId', organisationId);
    return this.mutations.mutate(actor, {
      load: () => this.initiativeAndParticipant(initiativeId, organisationId),
      authorise: ({ initiative, existing }) => {
        assertCanEditInitiative(actor, initiative);
        if (!existing) throw participantNotFound(initiative.code, organisationId);
        const problems = new InputProblems();
        if (
          changes.role &&
          (changes.role === ParticipantRole.OWNER) !== (organisationId === initiative.ownerId)
        )
          problems.check('role', msg('OWNER_ROLE_BY_UPDATE'));
        const costGroup = newCostGroup(existing, changes.costGroup);
        if (costGroup && !COST_GROUP.test(costGroup)) problems.check('costGroup', msg('COST_GROUP_FORMAT'));
        problems.throwIfAny();
      },
      apply: async ({ existing }) => {
        const current = existing!; // authorise refused a missing participant
        await this.participants.update(current.id, {
          role: changes.role ?? current.role,
          pays: changes.pays ?? current.pays,
          costGroup: newCostGroup(current, changes.costGroup),
        });
        await this.initiatives.touch(initiativeId);
        return this.participants.findByIdOrFail(current.id);
      },
      audit: ({ initiative, existing }, after) => ({
        operation: 'updateParticipant',
        entityType: 'Initiative',
        entityId: initiativeId,
        ownerOrganisationId: initiative.ownerId,
        before: { participant: existing },
        after: { participant: after },
      }),
    });
  }

  remove(actor: Actor, initiativeId: string, organisationId: string): Promise<InitiativeEntity> {
    assertUuid('initiativeId', initiativeId);
    assertUuid('organisationId', organisationId);
    return this.mutations.mutate(actor, {
      load: () => this.initiativeAndParticipant(initiativeId, organisationId),
      authorise: ({ initiative, existing }) => {
        assertCanEditInitiative(actor, initiative);
        if (initiative.ownerId === organisationId)
          throw badInput('organisationId', msg('OWNER_NOT_REMOVABLE'));
        if (!existing) throw participantNotFound(initiative.code, organisationId);
      },
      apply: async ({ existing }) => {
        await this.participants.delete(existing!.id); // authorise refused a missing participant
        await this.initiatives.touch(initiativeId);
        return this.initiatives.findByIdOrFail(initiativeId);
      },
      audit: ({ initiative, existing }) => ({
        operation: 'removeParticipant',
        entityType: 'Initiative',
        entityId: initiativeId,
        ownerOrganisationId: initiative.ownerId,
        before: { participant: existing },
      }),
    });
  }

  private async lockInitiative(id: string): Promise<InitiativeEntity> {
    const initiative = await this.initiatives.findByIdForUpdate(id);
    if (!initiative) throw notFound('Initiative', id);
    return initiative;
  }

  /** The initiative, locked (NOT_FOUND if there is none), and the organisation's participation in it. */
  private async initiativeAndParticipant(
    initiativeId: string,
    organisationId: string,
  ): Promise<{ initiative: InitiativeEntity; existing: ParticipantEntity | null }> {
    const initiative = await this.lockInitiative(initiativeId);
    return { initiative, existing: await this.participants.find(initiativeId, organisationId) };
  }
}

/** The group after a change: unchanged when not sent, none when sent empty. */
function newCostGroup(existing: ParticipantEntity, sent: string | null | undefined): string | null {
  return sent === undefined ? existing.costGroup : sent?.trim() || null;
}
