import {
  BenefitPlanStatus,
  type BenefitPlanSnapshot,
  LIMITS,
  canAdministerSchemes,
  diffBenefitPlans,
  msg,
} from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { type Actor, actorUserId } from '../auth/actor.js';
import type { AuditChange } from '../audit/audit.repository.js';
import { Mutations } from '../audit/mutation.js';
import { InputProblems, badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { assertCanEditInitiative } from '../initiative/initiative-rules.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import type { BenefitPlanVersionEntity } from './benefit-plan-version.entity.js';
import { BenefitPlanRepository, type PlanActor } from './benefit-plan.repository.js';

/** What an audit event records of a version: everything but the snapshot's bulk (its benefits' count). */
function audited(version: BenefitPlanVersionEntity | null): object | null {
  if (!version) return null;
  const { snapshot, ...rest } = version;
  return { ...rest, benefits: snapshot.benefits.length };
}

/** Who proposed or decided: a user by id and name; Gevinst itself (SYSTEM, e.g. at start-up) by name only. */
function planActor(actor: Actor): PlanActor {
  return { userId: actorUserId(actor), name: actor.name };
}

/**
 * The binding benefits plan of an initiative (co-financing: a binding benefits realisation plan before final
 * commitment; docs/funding-schemes.md). A version freezes the live benefits (BenefitPlanRepository's
 * snapshot); the owner proposes, the secretariat approves or rejects; an approved version is in force until
 * the next is approved, and realisation is measured against it (realisation/benefit-figures.ts
 * loadBenefitPlans). Every change is load → authorise → apply → audit in one transaction (Mutations).
 */
@Injectable()
export class BenefitPlanService {
  constructor(
    private readonly plans: BenefitPlanRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly mutations: Mutations,
  ) {}

  async versionsOf(initiativeId: string): Promise<BenefitPlanVersionEntity[]> {
    assertUuid('initiativeId', initiativeId);
    return this.plans.versionsOf(initiativeId);
  }

  /** The approved version in force of an initiative; null when it has none. */
  inForce(initiativeId: string): Promise<BenefitPlanVersionEntity | null> {
    return this.plans.inForce(initiativeId);
  }

  /**
   * The version that was in force at the moment `at` (e.g. the end of a report's year): approved on or
   * before it and not yet superseded; null when none was.
   */
  inForceAt(initiativeId: string, at: Date): Promise<BenefitPlanVersionEntity | null> {
    return this.plans.inForceAt(initiativeId, at);
  }

  async findById(id: string): Promise<BenefitPlanVersionEntity> {
    assertUuid('id', id);
    const version = await this.plans.findById(id);
    if (!version) throw notFound('Benefit plan version', id);
    return version;
  }

  /**
   * The owner proposes the live benefits as the next version (PROPOSED), with a reason. Initiative owners
   * of the owner organisation and administrators (canEditInitiative); one proposal at a time; not when the
   * initiative has no benefit or the live benefits are as in the version in force.
   */
  propose(actor: Actor, initiativeId: string, reason: string): Promise<BenefitPlanVersionEntity> {
    assertUuid('initiativeId', initiativeId);
    const why = reason.trim();
    return this.mutations.mutate(actor, {
      load: () => this.stateOf(initiativeId),
      authorise: ({ initiative, inForce, proposed, live }) => {
        assertCanEditInitiative(actor, initiative);
        assertReason(why, 'reason');
        this.assertFreezable(initiative, inForce, live);
        if (proposed)
          throw conflict(
            msg('BENEFIT_PLAN_PROPOSAL_PENDING', { code: initiative.code, version: proposed.versionNumber }),
          );
      },
      apply: async ({ initiative, live }) =>
        this.plans.insert({
          initiativeId: initiative.id,
          versionNumber: await this.plans.nextNumber(initiative.id),
          status: BenefitPlanStatus.PROPOSED,
          snapshot: live,
          reason: why,
          proposedBy: planActor(actor),
        }),
      audit: ({ initiative }, version) =>
        this.auditOf('proposeBenefitPlanVersion', initiative, null, version),
    });
  }

  /**
   * The secretariat approves a proposed version: the version in force (if any) becomes SUPERSEDED and this
   * one APPROVED, from now on what realisation is measured against. canAdministerSchemes (scheme
   * administrators and administrators).
   */
  approve(actor: Actor, id: string, note: string | null | undefined): Promise<BenefitPlanVersionEntity> {
    return this.decide(actor, id, note, BenefitPlanStatus.APPROVED);
  }

  /** The secretariat rejects a proposed version: it is never in force; the version in force stays. */
  reject(actor: Actor, id: string, note: string | null | undefined): Promise<BenefitPlanVersionEntity> {
    return this.decide(actor, id, note, BenefitPlanStatus.REJECTED);
  }

  /**
   * Freezes the initiative's live benefits as a new version and approves it at once — for a decision that
   * makes the plan binding by itself, such as the approval of a co-financing application. Call it inside
   * your own change (in `apply` of Mutations.mutate, or in UnitOfWork.transaction): it joins your
   * transaction through UnitOfWork (no manager is passed), writes its own audit event
   * ('approveBenefitPlanVersion') in it, and a throw anywhere rolls both back. The same rules as approve:
   * `actor` must be allowed canAdministerSchemes (FORBIDDEN otherwise), the initiative must have a benefit,
   * and `reason` is required. When the live benefits are as in the version in force, that version is
   * returned and nothing is written; a proposal waiting for a decision is rejected (its note names the new
   * version), since the new version freezes the live benefits as they are now.
   */
  approveCurrent(
    actor: Actor,
    initiativeId: string,
    reason: string,
    note = '',
  ): Promise<BenefitPlanVersionEntity> {
    assertUuid('initiativeId', initiativeId);
    const why = reason.trim();
    return this.mutations
      .mutate(actor, {
        load: () => this.stateOf(initiativeId),
        authorise: ({ initiative, live }) => {
          if (!canAdministerSchemes(actor))
            return Promise.reject(forbidden(msg('BENEFIT_PLAN_DECIDE_ACCESS')));
          assertReason(why, 'reason');
          assertReason(note.trim(), 'note', false);
          if (!live.benefits.length)
            throw badInput('initiativeId', msg('BENEFIT_PLAN_NO_BENEFITS', { code: initiative.code }));
        },
        apply: async ({ initiative, inForce, proposed, live }) => {
          if (inForce && diffBenefitPlans(inForce.snapshot, live).length === 0)
            return { version: inForce, superseded: null, rejected: null, unchanged: true };
          const number = await this.plans.nextNumber(initiative.id);
          const rejected = proposed
            ? await this.plans.decide(
                proposed.id,
                BenefitPlanStatus.REJECTED,
                planActor(actor),
                `Replaced by version ${number}: ${why}`,
              )
            : null;
          await this.plans.supersede(initiative.id);
          const version = await this.plans.insert({
            initiativeId: initiative.id,
            versionNumber: number,
            status: BenefitPlanStatus.APPROVED,
            snapshot: live,
            reason: why,
            proposedBy: planActor(actor),
            decidedBy: planActor(actor),
            decisionNote: note.trim(),
          });
          return { version, superseded: inForce, rejected, unchanged: false };
        },
        audit: ({ initiative }, { version, superseded, rejected, unchanged }) =>
          unchanged ? null : this.auditDecision(initiative, version, superseded, rejected),
      })
      .then(({ version }) => version);
  }

  private decide(
    actor: Actor,
    id: string,
    note: string | null | undefined,
    status: BenefitPlanStatus.APPROVED | BenefitPlanStatus.REJECTED,
  ): Promise<BenefitPlanVersionEntity> {
    assertUuid('id', id);
    // The role gate first: who may not decide at all learns nothing about which versions exist.
    if (!canAdministerSchemes(actor)) return Promise.reject(forbidden(msg('BENEFIT_PLAN_DECIDE_ACCESS')));
    const text = note?.trim() ?? '';
    return this.mutations
      .mutate(actor, {
        load: async () => {
          const version = await this.plans.findById(id);
          if (!version) throw notFound('Benefit plan version', id);
          const initiative = await this.initiatives.findByIdForUpdate(version.initiativeId);
          if (!initiative) throw notFound('Initiative', version.initiativeId);
          // read again under the initiative's lock: a decision made meanwhile is seen
          const current = (await this.plans.findById(id)) ?? version;
          const inForce = await this.plans.inForce(initiative.id);
          return { version: current, initiative, inForce };
        },
        authorise: ({ version }) => {
          if (!canAdministerSchemes(actor))
            return Promise.reject(forbidden(msg('BENEFIT_PLAN_DECIDE_ACCESS')));
          assertReason(text, 'note', false);
          if (version.status !== BenefitPlanStatus.PROPOSED)
            throw conflict(
              msg('BENEFIT_PLAN_NOT_PROPOSED', { version: version.versionNumber, status: version.status }),
            );
        },
        apply: async ({ version, initiative, inForce }) => {
          if (status === BenefitPlanStatus.APPROVED) await this.plans.supersede(initiative.id);
          const decided = await this.plans.decide(version.id, status, planActor(actor), text);
          return {
            version: decided,
            superseded: status === BenefitPlanStatus.APPROVED ? inForce : null,
            before: version,
          };
        },
        audit: ({ initiative }, { version, superseded, before }) => {
          const changes: AuditChange[] = [
            this.auditOf(
              status === BenefitPlanStatus.APPROVED
                ? 'approveBenefitPlanVersion'
                : 'rejectBenefitPlanVersion',
              initiative,
              before,
              version,
            ),
          ];
          if (superseded)
            changes.push(
              this.auditOf('supersedeBenefitPlanVersion', initiative, superseded, {
                ...superseded,
                status: BenefitPlanStatus.SUPERSEDED,
              }),
            );
          return changes;
        },
      })
      .then(({ version }) => version);
  }

  private async stateOf(initiativeId: string): Promise<{
    initiative: InitiativeEntity;
    inForce: BenefitPlanVersionEntity | null;
    proposed: BenefitPlanVersionEntity | null;
    live: BenefitPlanSnapshot;
  }> {
    // Locked until the transaction ends: two proposals or approvals for one initiative are decided in turn.
    const initiative = await this.initiatives.findByIdForUpdate(initiativeId);
    if (!initiative) throw notFound('Initiative', initiativeId);
    return {
      initiative,
      inForce: await this.plans.inForce(initiativeId),
      proposed: await this.plans.proposed(initiativeId),
      live: await this.plans.liveSnapshot(initiativeId),
    };
  }

  private assertFreezable(
    initiative: InitiativeEntity,
    inForce: BenefitPlanVersionEntity | null,
    live: BenefitPlanSnapshot,
  ): void {
    if (!live.benefits.length)
      throw badInput('initiativeId', msg('BENEFIT_PLAN_NO_BENEFITS', { code: initiative.code }));
    if (inForce && diffBenefitPlans(inForce.snapshot, live).length === 0)
      throw conflict(
        msg('BENEFIT_PLAN_UNCHANGED', { code: initiative.code, version: inForce.versionNumber }),
      );
  }

  private auditDecision(
    initiative: InitiativeEntity,
    version: BenefitPlanVersionEntity,
    superseded: BenefitPlanVersionEntity | null,
    rejected: BenefitPlanVersionEntity | null,
  ): AuditChange[] {
    const changes = [this.auditOf('approveBenefitPlanVersion', initiative, null, version)];
    if (superseded)
      changes.push(
        this.auditOf('supersedeBenefitPlanVersion', initiative, superseded, {
          ...superseded,
          status: BenefitPlanStatus.SUPERSEDED,
        }),
      );
    if (rejected) changes.push(this.auditOf('rejectBenefitPlanVersion', initiative, null, rejected));
    return changes;
  }

  private auditOf(
    operation: string,
    initiative: InitiativeEntity,
    before: BenefitPlanVersionEntity | null,
    after: BenefitPlanVersionEntity,
  ): AuditChange {
    return {
      operation,
      entityType: 'BenefitPlanVersion',
      entityId: after.id,
      ownerOrganisationId: initiative.ownerId,
      initiativeId: initiative.id,
      before: audited(before),
      after: audited(after),
    };
  }
}

/** A reason or note: required or not, at most LIMITS.measurementComment characters. */
function assertReason(text: string, field: string, required = true): void {
  const problems = new InputProblems();
  if (required && !text) problems.check(field, msg('REQUIRED'));
  if (text.length > LIMITS.measurementComment)
    problems.check(field, msg('TOO_LONG', { max: LIMITS.measurementComment }));
  problems.throwIfAny();
}
