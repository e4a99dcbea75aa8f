import { Injectable } from '@nestjs/common';
import type { ListWindow } from '../common/list-window.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort, type Sort } from '../common/sorting.js';
import { type AllocationRunFilter, AllocationRunSortField } from './dto/allocation-lists.args.js';
import { namedQuery } from '../common/named-sql.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import type { RunLine } from './allocation-inputs.js';
import { AllocationRunEntity } from './allocation-run.entity.js';

/** The most runs allocationRuns answers without a limit (as it did before it took one). */
export const MAX_RUNS = 500;

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
  costItemAmount: string;
  difference: string;
  reconciliation: string;
  lineCount: number;
}

/**
 * The hand-tuned statements of allocation runs, with named parameters; committed as SQL in
 * queries/allocation-run.repository.sql (allocation-sql.spec regenerates and compares it).
 */
export const ALLOCATION_RUN_SQL = {
  driverValues: `SELECT organisation_id, driver, value FROM allocation_drivers WHERE initiative_id = :initiativeId AND year = :year`,
  supersede: `UPDATE allocation_runs SET status = 'SUPERSEDED', superseded_at = now(), superseded_by_run_id = :byRunId WHERE id = :id`,
  insertRun: `INSERT INTO allocation_runs (id, initiative_id, year, status, created_by_user_id, created_by_email, inputs,
                             planned_total, actual_total, cost_item_amount, difference, reconciliation, line_count)
VALUES (:id, :initiativeId, :year, 'CURRENT', :createdByUserId, :createdByEmail, :inputs, :plannedTotal, :actualTotal,
        :costItemAmount, :difference, :reconciliation, :lineCount)`,
  // One statement for every line of a run, however many (a national run has tens of thousands).
  insertLines: `INSERT INTO allocation_lines (run_id, initiative_id, year, organisation_id, cost_item_id, cost_category,
                              key_version_id, planned_amount, actual_amount, share, explanation, explanation_nb)
SELECT :runId, :initiativeId, :year, * FROM unnest(:organisationIds::uuid[], :costItemIds::uuid[], :costCategories::text[],
  :keyVersionIds::uuid[], :planned::numeric[], :actual::numeric[], :shares::numeric[], :explanations::text[],
  :explanationsNb::text[])`,
} as const;

/**
 * Allocation runs (a run and its lines: stored once, then only superseded) and what a run reads besides
 * what other repositories hold (the initiative, its participants, cost items and keys, the populations):
 * the driver values entered for its year. Every statement runs in the request's transaction
 * (UnitOfWork). The reads of stored lines are AllocationLineRepository's.
 */
@Injectable()
export class AllocationRunRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get em() {
    return this.uow.manager();
  }

  /**
   * Runs `work` in one REPEATABLE READ transaction, so that every read sees the same snapshot (the
   * statements TypeORM's own `transaction('REPEATABLE READ', …)` sends).
   */
  repeatableRead<T>(work: () => Promise<T>): Promise<T> {
    return this.uow.transaction(async () => {
      await this.em.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      return work();
    });
  }

  current(initiativeId: string, year: number) {
    return this.em.getRepository(AllocationRunEntity).findOneBy({ initiativeId, year, status: 'CURRENT' });
  }

  find(id: string): Promise<AllocationRunEntity | null> {
    return this.em.getRepository(AllocationRunEntity).findOneBy({ id });
  }

  /**
   * An initiative's runs matching `filter`, in `sort`'s order (default by year, newest first; ties by
   * creation and id in the same direction), from `offset`, `limit` of them (at most 500 without). With
   * `updatedSince`: only those created or superseded at or after it (a run is otherwise immutable: a
   * trigger refuses any other change).
   */
  ofInitiative(
    initiativeId: string,
    filter: Omit<AllocationRunFilter, 'initiativeId'>,
    sort: Partial<Sort<AllocationRunSortField>> | undefined,
    window: ListWindow,
  ): Promise<AllocationRunEntity[]> {
    const query = this.em
      .getRepository(AllocationRunEntity)
      .createQueryBuilder('r')
      .where('r.initiative_id = :initiativeId', { initiativeId });
    if (filter.year !== undefined && filter.year !== null)
      query.andWhere('r.year = :year', { year: filter.year });
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.updatedSince)
      query.andWhere('(r.created_at >= :updatedSince OR r.superseded_at >= :updatedSince)', {
        updatedSince: filter.updatedSince,
      });
    applySort(
      query,
      sort,
      { YEAR: 'r.year', CREATED_AT: 'r.created_at' },
      { field: AllocationRunSortField.YEAR, direction: SortDirection.DESC },
      ['r.created_at', 'r.id'],
    );
    return query
      .offset(window.offset ?? 0)
      .limit(window.limit ?? MAX_RUNS)
      .getMany();
  }

  /** Driver values entered for the initiative's year. */
  driverValues(
    initiativeId: string,
    year: number,
  ): Promise<{ organisation_id: string; driver: string; value: string }[]> {
    return namedQuery(this.em, ALLOCATION_RUN_SQL.driverValues, { initiativeId, year });
  }

  /** Marks the current run superseded by `byRunId`. */
  async supersede(id: string, byRunId: string): Promise<void> {
    await namedQuery(this.em, ALLOCATION_RUN_SQL.supersede, { id, byRunId });
  }

  /** Stores a run and its lines (two statements), and returns it as stored. */
  async insert(run: NewRun, lines: readonly RunLine[]): Promise<AllocationRunEntity> {
    const em = this.em;
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
