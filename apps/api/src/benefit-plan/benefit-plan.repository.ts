import {
  type BenefitChangeEvent,
  type BenefitPlanSnapshot,
  BenefitPlanStatus,
  type PlannedBenefit,
} from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { trimDecimal } from '../common/decimal.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { BenefitPlanVersionEntity } from './benefit-plan-version.entity.js';

type Runner = Pick<EntityManager, 'query'>;

/** Who proposed or decided, as recorded on the version. */
export interface PlanActor {
  userId: string | null;
  name: string | null;
}

interface LiveRow {
  initiative_id: string;
  benefit: Omit<PlannedBenefit, 'targets' | 'baselineValue'> & {
    baselineValue: string;
    targets: { date: string; value: string }[];
  };
}

/**
 * The live benefits of each initiative of `initiativeIds` as a plan snapshot (the working draft): every
 * benefit in the order added with its planned figures and owner, targets by date, decimals without trailing
 * zeros (value per unit as stored, two decimals). One statement. Reads the benefit aggregate's tables: the
 * plan is a copy of them (benefit/ must not depend on benefit-plan/, so the read cannot go through it the
 * other way round).
 */
export async function loadLiveSnapshots(
  runner: Runner,
  initiativeIds: readonly string[],
): Promise<Map<string, BenefitPlanSnapshot>> {
  const rows = await runner.query<LiveRow[]>(
    `SELECT b.initiative_id,
            json_build_object(
              'id', b.id, 'title', b.title, 'category', b.category, 'status', b.status,
              'isDisBenefit', b.is_dis_benefit, 'receivingOrganisationId', b.receiving_organisation_id,
              'ownerName', b.owner_name, 'ownerRole', b.owner_role, 'ownerUserId', b.owner_user_id,
              'indicatorName', b.indicator_name, 'indicatorUnit', b.indicator_unit,
              'direction', b.direction, 'indicatorKind', b.indicator_kind,
              'baselineValue', b.baseline_value::text, 'baselineDate', b.baseline_date::text,
              'effectStart', b.effect_start::text, 'valuePerUnit', b.value_per_unit::text,
              'targets', coalesce((SELECT json_agg(json_build_object('date', t.target_date::text, 'value', t.value::text)
                                               ORDER BY t.target_date)
                                   FROM benefit_targets t WHERE t.benefit_id = b.id), '[]'::json)
            ) AS benefit
     FROM benefits b
     WHERE b.initiative_id IN (SELECT unnest($1::uuid[]))
     ORDER BY b.initiative_id, b.created_at, b.id`,
    [initiativeIds],
  );
  const result = new Map<string, BenefitPlanSnapshot>(initiativeIds.map((id) => [id, { benefits: [] }]));
  for (const { initiative_id, benefit } of rows)
    result.get(initiative_id)?.benefits.push({
      ...benefit,
      baselineValue: trimDecimal(benefit.baselineValue),
      targets: benefit.targets.map(({ date, value }) => ({ date, value: trimDecimal(value) })),
    });
  return result;
}

/**
 * The recorded changes (audit events of createBenefit, updateBenefit and deleteBenefit) to the benefits of
 * each initiative since a moment (`since`, keyed by initiative id), in the order they happened; the reason is
 * the change's `changeReason`. Reads the audit trail, which is append-only and every feature's.
 */
export async function loadBenefitChangeEvents(
  runner: Runner,
  since: ReadonlyMap<string, Date>,
): Promise<Map<string, BenefitChangeEvent[]>> {
  const ids = [...since.keys()];
  const result = new Map<string, BenefitChangeEvent[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const rows = await runner.query<
    {
      initiative_id: string;
      entity_id: string;
      operation: string;
      occurred_at: Date;
      actor_email: string | null;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[]
  >(
    `SELECT a.initiative_id, a.entity_id, a.operation, a.occurred_at, a.actor_email, a.before, a.after
     FROM audit_events a
     JOIN unnest($1::uuid[], $2::timestamptz[]) AS s(initiative_id, since) ON s.initiative_id = a.initiative_id
     WHERE a.entity_type = 'Benefit' AND a.operation IN ('createBenefit', 'updateBenefit', 'deleteBenefit')
       AND a.reason IS NULL AND a.occurred_at >= s.since
     ORDER BY a.occurred_at, a.id`,
    [ids, ids.map((id) => since.get(id))],
  );
  for (const row of rows)
    result.get(row.initiative_id)?.push({
      benefitId: row.entity_id,
      operation: row.operation,
      at: new Date(row.occurred_at).toISOString(),
      by: row.actor_email,
      before: row.before,
      after: row.operation === 'deleteBenefit' ? null : row.after,
      reason: typeof row.after?.changeReason === 'string' ? row.after.changeReason : null,
    });
  return result;
}

/** The fields of a new version. */
export interface NewPlanVersion {
  initiativeId: string;
  versionNumber: number;
  status: BenefitPlanStatus;
  snapshot: BenefitPlanSnapshot;
  reason: string;
  proposedBy: PlanActor;
  /** set for a version approved at once (approveCurrent) */
  decidedBy?: PlanActor;
  decisionNote?: string;
  isDemo?: boolean;
}

/**
 * The only code that reads and writes benefit_plan_versions, in the request's transaction (UnitOfWork). The
 * GraphQL reads are batched by BenefitPlanLoaders.
 */
@Injectable()
export class BenefitPlanRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(BenefitPlanVersionEntity);
  }

  findById(id: string): Promise<BenefitPlanVersionEntity | null> {
    return this.table.findOneBy({ id });
  }

  /** The versions of an initiative, newest first. */
  versionsOf(initiativeId: string): Promise<BenefitPlanVersionEntity[]> {
    return this.table.find({ where: { initiativeId }, order: { versionNumber: 'DESC' } });
  }

  /** The approved version in force of an initiative; null when it has none. */
  inForce(initiativeId: string): Promise<BenefitPlanVersionEntity | null> {
    return this.table.findOneBy({ initiativeId, status: BenefitPlanStatus.APPROVED });
  }

  /**
   * The version that was in force at the moment `at`: approved on or before it and not superseded by then;
   * null when none was.
   */
  inForceAt(initiativeId: string, at: Date): Promise<BenefitPlanVersionEntity | null> {
    return this.table
      .createQueryBuilder('v')
      .where('v.initiative_id = :initiativeId', { initiativeId })
      .andWhere('v.status IN (:...statuses)', {
        statuses: [BenefitPlanStatus.APPROVED, BenefitPlanStatus.SUPERSEDED],
      })
      .andWhere('v.decided_at <= :at AND (v.superseded_at IS NULL OR v.superseded_at > :at)', { at })
      .orderBy('v.version_number', 'DESC')
      .getOne();
  }

  /** The proposed version waiting for a decision; null when there is none. */
  proposed(initiativeId: string): Promise<BenefitPlanVersionEntity | null> {
    return this.table.findOneBy({ initiativeId, status: BenefitPlanStatus.PROPOSED });
  }

  async nextNumber(initiativeId: string): Promise<number> {
    const rows = await this.uow
      .manager()
      .query<{ next: number }[]>(
        `SELECT coalesce(max(version_number), 0) + 1 AS next FROM benefit_plan_versions WHERE initiative_id = $1`,
        [initiativeId],
      );
    return Number(rows[0].next);
  }

  /** The live benefits of an initiative as a snapshot (loadLiveSnapshots). */
  async liveSnapshot(initiativeId: string): Promise<BenefitPlanSnapshot> {
    return (
      (await loadLiveSnapshots(this.uow.manager(), [initiativeId])).get(initiativeId) ?? { benefits: [] }
    );
  }

  insert(fields: NewPlanVersion): Promise<BenefitPlanVersionEntity> {
    const decided = fields.status !== BenefitPlanStatus.PROPOSED;
    return this.table.save(
      this.table.create({
        initiativeId: fields.initiativeId,
        versionNumber: fields.versionNumber,
        status: fields.status,
        snapshot: fields.snapshot,
        reason: fields.reason,
        proposedAt: new Date(),
        proposedByUserId: fields.proposedBy.userId,
        proposedByName: fields.proposedBy.name,
        decidedAt: decided ? new Date() : null,
        decidedByUserId: decided ? (fields.decidedBy?.userId ?? null) : null,
        decidedByName: decided ? (fields.decidedBy?.name ?? null) : null,
        decisionNote: fields.decisionNote ?? '',
        supersededAt: null,
        isDemo: fields.isDemo ?? false,
        version: 1,
      }),
    );
  }

  /** Marks the version in force of the initiative SUPERSEDED (now); nothing when it has none. */
  async supersede(initiativeId: string): Promise<void> {
    await this.table
      .createQueryBuilder()
      .update()
      .set({
        status: BenefitPlanStatus.SUPERSEDED,
        supersededAt: () => 'now()',
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      })
      .where('initiative_id = :initiativeId AND status = :status', {
        initiativeId,
        status: BenefitPlanStatus.APPROVED,
      })
      .execute();
  }

  /** Approves or rejects a PROPOSED version (now) and returns it as stored. */
  async decide(
    id: string,
    status: BenefitPlanStatus.APPROVED | BenefitPlanStatus.REJECTED,
    by: PlanActor,
    note: string,
  ): Promise<BenefitPlanVersionEntity> {
    await this.table
      .createQueryBuilder()
      .update()
      .set({
        status,
        decidedAt: () => 'now()',
        decidedByUserId: by.userId,
        decidedByName: by.name,
        decisionNote: note,
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      })
      .where('id = :id AND status = :proposed', { id, proposed: BenefitPlanStatus.PROPOSED })
      .execute();
    return this.table.findOneByOrFail({ id });
  }
}
