import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { namedQuery } from '../common/named-sql.js';
import { CostItemEntity } from '../cost-item/cost-item.entity.js';
import { CostSharingKeyVersionEntity } from '../cost-sharing-key/cost-sharing-key-version.entity.js';
import { CostSharingKeyEntity } from '../cost-sharing-key/cost-sharing-key.entity.js';
import { InitiativeEntity } from '../initiative/initiative.entity.js';
import type { RunLine } from './allocation-inputs.js';
import { AllocationRunEntity } from './allocation-run.entity.js';

/** A paying participant of an initiative with its name and cost group (cost group, else its level). */
export interface PayingParticipantRow {
  organisation_id: string;
  name: string;
  org_number: string;
  grp: string;
}

/** A run about to be stored; its lines go in with it. */
export interface NewRun {
  id: string;
  initiativeId: string;
  year: number;
  createdByUserId: string | null;
  createdByEmail: string;
  inputs: Record<string, unknown>;
  plannedTotal: string;
  actualTotal: string | null;
  lineCount: number;
}

/**
 * The hand-tuned statements of allocation runs, with named parameters; committed as SQL in
 * queries/allocation-run.repository.sql (allocation-sql.spec regenerates and compares it).
 */
export const ALLOCATION_RUN_SQL = {
  payingParticipants: `SELECT p.organisation_id, o.name, o.org_number, COALESCE(p.cost_group, o.administrative_level) AS grp
FROM initiative_participants p JOIN organisations o ON o.id = p.organisation_id
WHERE p.initiative_id = :initiativeId AND p.pays
ORDER BY o.name, o.id`,
  populations: `SELECT organisation_id, year, value FROM organisation_populations
WHERE organisation_id = ANY(:organisationIds::uuid[]) AND year = ANY(:years::int[])`,
  driverValues: `SELECT organisation_id, driver, value FROM allocation_drivers WHERE initiative_id = :initiativeId AND year = :year`,
  currentKeyVersionIds: `SELECT v.id FROM cost_sharing_key_versions v JOIN cost_sharing_keys k ON k.id = v.key_id
WHERE v.key_id = ANY(:keyIds::uuid[]) AND v.version_number = k.current_version`,
  plannedCostSum: `SELECT sum(planned_amount)::numeric(17,2) AS sum FROM cost_items WHERE initiative_id = :initiativeId AND year = :year`,
  supersede: `UPDATE allocation_runs SET status = 'SUPERSEDED', superseded_at = now(), superseded_by_run_id = :byRunId WHERE id = :id`,
  insertRun: `INSERT INTO allocation_runs (id, initiative_id, year, status, created_by_user_id, created_by_email, inputs,
                             planned_total, actual_total, line_count)
VALUES (:id, :initiativeId, :year, 'CURRENT', :createdByUserId, :createdByEmail, :inputs, :plannedTotal, :actualTotal, :lineCount)`,
  // One statement for every line of a run, however many (a national run has tens of thousands).
  insertLines: `INSERT INTO allocation_lines (run_id, initiative_id, year, organisation_id, cost_item_id, cost_category,
                              key_version_id, planned_amount, actual_amount, share, explanation, explanation_nb)
SELECT :runId, :initiativeId, :year, * FROM unnest(:organisationIds::uuid[], :costItemIds::uuid[], :costCategories::text[],
  :keyVersionIds::uuid[], :planned::numeric[], :actual::numeric[], :shares::numeric[], :explanations::text[],
  :explanationsNb::text[])`,
} as const;

/**
 * Allocation runs (a run and its lines: stored once, then only superseded) and what a run reads: the
 * initiative it is for, its cost items, paying participants, populations, driver values and the current
 * versions of its keys. Each method takes the transaction's EntityManager last, or runs on its own.
 * The reads of stored lines are AllocationLineRepository's.
 */
@Injectable()
export class AllocationRunRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs `work` in one transaction (the database's default isolation, READ COMMITTED, unless asked). */
  transaction<T>(work: (em: EntityManager) => Promise<T>, isolation?: 'REPEATABLE READ'): Promise<T> {
    return isolation ? this.db.transaction(isolation, work) : this.db.transaction(work);
  }

  /** The initiative; with `lock`, locked for the rest of the transaction (one run at a time). */
  initiative(
    id: string,
    em: EntityManager = this.db.manager,
    lock = false,
  ): Promise<InitiativeEntity | null> {
    const query = em.getRepository(InitiativeEntity).createQueryBuilder('i').where('i.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  current(initiativeId: string, year: number, em: EntityManager = this.db.manager) {
    return em.getRepository(AllocationRunEntity).findOneBy({ initiativeId, year, status: 'CURRENT' });
  }

  find(id: string, em: EntityManager = this.db.manager): Promise<AllocationRunEntity | null> {
    return em.getRepository(AllocationRunEntity).findOneBy({ id });
  }

  /** An initiative's runs (of a year), newest first, at most 500. */
  ofInitiative(initiativeId: string, year: number | null | undefined): Promise<AllocationRunEntity[]> {
    return this.db.getRepository(AllocationRunEntity).find({
      where: { initiativeId, ...(year === undefined || year === null ? {} : { year }) },
      order: { year: 'DESC', createdAt: 'DESC' },
      take: 500,
    });
  }

  /** The initiative's cost items of the year, in the order they are allocated. */
  costItems(
    initiativeId: string,
    year: number,
    em: EntityManager = this.db.manager,
  ): Promise<CostItemEntity[]> {
    return em.getRepository(CostItemEntity).find({
      where: { initiativeId, year },
      order: { category: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The sum of the planned costs of the initiative's year, or null without cost items. */
  async plannedCostSum(initiativeId: string, year: number, em: EntityManager = this.db.manager) {
    const [{ sum }] = await namedQuery<{ sum: string | null }[]>(em, ALLOCATION_RUN_SQL.plannedCostSum, {
      initiativeId,
      year,
    });
    return sum;
  }

  /** The keys and their current versions. */
  async currentKeyVersions(
    keyIds: readonly string[],
    em: EntityManager = this.db.manager,
  ): Promise<{ keys: CostSharingKeyEntity[]; versions: CostSharingKeyVersionEntity[] }> {
    const keys = await em.getRepository(CostSharingKeyEntity).findBy({ id: In([...keyIds]) });
    const ids = await namedQuery<{ id: string }[]>(em, ALLOCATION_RUN_SQL.currentKeyVersionIds, { keyIds });
    const versions = await em
      .getRepository(CostSharingKeyVersionEntity)
      .findBy({ id: In(ids.map((v) => v.id)) });
    return { keys, versions };
  }

  /** The initiative's paying participants, by name (then id). */
  payingParticipants(
    initiativeId: string,
    em: EntityManager = this.db.manager,
  ): Promise<PayingParticipantRow[]> {
    return namedQuery(em, ALLOCATION_RUN_SQL.payingParticipants, { initiativeId });
  }

  /** Stored populations of the organisations in the years. */
  populations(
    organisationIds: readonly string[],
    years: readonly number[],
    em: EntityManager = this.db.manager,
  ): Promise<{ organisation_id: string; year: number; value: number }[]> {
    return namedQuery(em, ALLOCATION_RUN_SQL.populations, { organisationIds, years });
  }

  /** Driver values entered for the initiative's year. */
  driverValues(
    initiativeId: string,
    year: number,
    em: EntityManager = this.db.manager,
  ): Promise<{ organisation_id: string; driver: string; value: string }[]> {
    return namedQuery(em, ALLOCATION_RUN_SQL.driverValues, { initiativeId, year });
  }

  /** Marks the current run superseded by `byRunId`. */
  async supersede(id: string, byRunId: string, em: EntityManager): Promise<void> {
    await namedQuery(em, ALLOCATION_RUN_SQL.supersede, { id, byRunId });
  }

  /** Stores a run and its lines (two statements), and returns it as stored. */
  async insert(run: NewRun, lines: readonly RunLine[], em: EntityManager): Promise<AllocationRunEntity> {
    await namedQuery(em, ALLOCATION_RUN_SQL.insertRun, { ...run, inputs: JSON.stringify(run.inputs) });
    await namedQuery(em, ALLOCATION_RUN_SQL.insertLines, {
      runId: run.id,
      initiativeId: run.initiativeId,
      year: run.year,
      organisationIds: lines.map((l) => l.organisationId),
      costItemIds: lines.map((l) => l.costItemId),
      costCategories: lines.map((l) => l.costCategory),
      keyVersionIds: lines.map((l) => l.keyVersionId),
      planned: lines.map((l) => l.planned),
      actual: lines.map((l) => l.actual),
      shares: lines.map((l) => l.share),
      explanations: lines.map((l) => l.explanation),
      explanationsNb: lines.map((l) => l.explanationNb),
    });
    return em.getRepository(AllocationRunEntity).findOneByOrFail({ id: run.id });
  }
}
