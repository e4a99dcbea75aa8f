import { Injectable } from '@nestjs/common';
import { LIMITS, canSeeInitiativeFinancials, mayChangeData, msg } from '@gevinst/domain';
import { type Actor, actorUserId } from '../auth/actor.js';
import { AllocationService } from '../allocation/allocation.service.js';
import { Mutations } from '../audit/mutation.js';
import { InputProblems, badInput, forbidden, notFound } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { ParticipantRepository } from '../initiative/participant.repository.js';
import { BudgetRepository, type KeyConfirmationRow } from './budget.repository.js';

export type KeyDecision = 'CONFIRMED' | 'OBJECTED';

/** One paying participant's answer to the initiative's key version (NOT_ANSWERED: on the reminder list). */
export interface KeyConfirmationStatus {
  organisationId: string;
  name: string;
  orgNumber: string;
  status: KeyDecision | 'NOT_ANSWERED';
  comment: string | null;
  decidedAt: Date | null;
  decidedByEmail: string | null;
}

export interface KeyConfirmations {
  initiativeId: string;
  keyId: string;
  keyName: string;
  keyVersionId: string;
  keyVersion: number;
  participants: KeyConfirmationStatus[];
}

/**
 * Key confirmations (issue 21): a paying participant confirms or objects to the current version of the
 * initiative's key, with a comment (audited); the owner and the reviewers see who confirmed, who objected
 * and who has not answered.
 */
@Injectable()
export class KeyConfirmationService {
  constructor(
    private readonly allocations: AllocationService,
    private readonly initiatives: InitiativeRepository,
    private readonly participants: ParticipantRepository,
    private readonly budget: BudgetRepository,
    private readonly mutations: Mutations,
  ) {}

  private async initiativeAndKey(initiativeId: string) {
    assertUuid('initiativeId', initiativeId);
    const initiative = await this.initiatives.findById(initiativeId);
    if (!initiative) throw notFound('Initiative', initiativeId);
    if (!initiative.costSharingKeyId)
      throw badInput('initiativeId', msg('KEY_OR_SPEC', { initiative: initiative.code }));
    const key = (await this.allocations.currentVersions([initiative.costSharingKeyId])).get(
      initiative.costSharingKeyId,
    )!;
    return { initiative, key };
  }

  async confirmations(actor: Actor, initiativeId: string): Promise<KeyConfirmations> {
    const { initiative, key } = await this.initiativeAndKey(initiativeId);
    if (!canSeeInitiativeFinancials(actor, initiative)) throw forbidden(msg('INITIATIVE_FINANCIALS_ACCESS'));
    const paying = await this.participants.payingWithGroups(initiative.id);
    const answers = new Map(
      (await this.budget.confirmations(initiative.id, key.version.id)).map((a) => [a.organisation_id, a]),
    );
    return {
      ...this.keyOf(initiative, key),
      participants: paying.map((p) => {
        const answer = answers.get(p.organisation_id);
        return {
          organisationId: p.organisation_id,
          name: p.name,
          orgNumber: p.org_number,
          status: answer?.decision ?? 'NOT_ANSWERED',
          comment: answer?.comment ?? null,
          decidedAt: answer?.decided_at ?? null,
          decidedByEmail: answer?.decided_by_email ?? null,
        };
      }),
    };
  }

  private keyOf(
    initiative: InitiativeEntity,
    key: Awaited<ReturnType<KeyConfirmationService['initiativeAndKey']>>['key'],
  ) {
    return {
      initiativeId: initiative.id,
      keyId: key.keyId,
      keyName: key.keyName,
      keyVersionId: key.version.id,
      keyVersion: key.version.versionNumber,
    };
  }

  /**
   * The actor's organisation answers the current version of the initiative's key: CONFIRMED or OBJECTED
   * (an objection needs a comment). Only a paying participant answers, for itself; answering again
   * replaces the answer. `keyVersionId` is the version the participant saw: CONFLICT-free, a stale one is
   * refused as bad input naming the current version.
   */
  async respond(
    actor: Actor,
    input: { initiativeId: string; keyVersionId: string; decision: KeyDecision; comment?: string | null },
  ): Promise<KeyConfirmationRow> {
    assertUuid('keyVersionId', input.keyVersionId);
    const comment = (input.comment ?? '').trim();
    new InputProblems()
      .check(
        'comment',
        comment.length > LIMITS.costItemDescription
          ? msg('TOO_LONG', { max: LIMITS.costItemDescription })
          : null,
      )
      .check('comment', input.decision === 'OBJECTED' && !comment ? msg('OBJECTION_NEEDS_COMMENT') : null)
      .throwIfAny();
    return this.mutations.mutate(actor, {
      load: async () => {
        const { initiative, key } = await this.initiativeAndKey(input.initiativeId);
        const before = await this.budget.confirmation(initiative.id, key.version.id, actor.organisationId);
        return { initiative, key, before };
      },
      authorise: async ({ initiative, key }) => {
        const paying = await this.participants.payingWithGroups(initiative.id);
        if (!mayChangeData(actor) || !paying.some((p) => p.organisation_id === actor.organisationId))
          throw forbidden(msg('KEY_CONFIRMATION_PARTICIPANTS_ONLY', { initiative: initiative.code }));
        if (key.version.id !== input.keyVersionId)
          throw badInput(
            'keyVersionId',
            msg('KEY_VERSION_NOT_CURRENT', { key: key.keyName, version: key.version.versionNumber }),
          );
      },
      apply: ({ initiative, key }) =>
        this.budget.saveConfirmation({
          initiativeId: initiative.id,
          keyVersionId: key.version.id,
          organisationId: actor.organisationId,
          decision: input.decision,
          comment,
          userId: actorUserId(actor),
          email: actor.email,
        }),
      audit: ({ initiative, key, before }, after) => ({
        operation: input.decision === 'CONFIRMED' ? 'confirmKeyVersion' : 'objectToKeyVersion',
        entityType: 'CostSharingKeyVersion',
        entityId: key.version.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: before ? { decision: before.decision, comment: before.comment } : null,
        after: { organisationId: actor.organisationId, decision: after.decision, comment: after.comment },
      }),
    });
  }
}
