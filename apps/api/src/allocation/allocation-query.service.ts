import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatOre, parseAmount } from '@gevinst/cost-model';
import { financialDetailScope } from '@gevinst/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { InputProblems, forbidden } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { type PageArgs, assertPage } from '../common/pagination.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort } from '../common/sorting.js';
import { groupBy } from '../graphql/loader-factories.js';
import { AllocationLineEntity } from './allocation-line.entity.js';
import { AllocationFilter } from './dto/allocation-filter.input.js';
import { AllocationSort, AllocationSortField } from './dto/allocation-sort.input.js';

/** An organisation's allocations in a year: totals and one entry per initiative, largest first. */
export interface AllocationSummary {
  year: number;
  total: string;
  actualTotal: string;
  byInitiative: { initiativeId: string; amount: string; actualAmount: string }[];
}

export interface AllocationTotals {
  totalCount: number;
  totalPlannedAmount: string;
  totalActualAmount: string;
}

/** A line as exported, with the names a finance officer needs. */
export interface ExportLineRow {
  id: string;
  org_number: string;
  organisation_name: string;
  municipality_number: string | null;
  initiative_code: string;
  initiative_name: string;
  year: number;
  cost_category: string;
  cost_item_id: string;
  planned_amount: string;
  actual_amount: string | null;
  share: string;
  explanation: string;
  /** null on runs stored before Norwegian explanations were written */
  explanation_nb: string | null;
  run_id: string;
  run_created_at: Date;
  run_status: string;
  key_name: string;
  key_version: number;
  population_year: number | null;
}

/** A run and key version behind the lines of an export, with the lines' count and planned sum. */
export interface ExportRunRow {
  run_id: string;
  initiative_code: string;
  initiative_name: string;
  year: number;
  run_created_at: Date;
  run_created_by_email: string | null;
  run_status: string;
  key_name: string;
  key_version: number;
  key_method: string | null;
  /** The key version's rules as JSON text. */
  key_spec: string;
  population_year: number | null;
  line_count: number;
  planned_amount: string;
}

/**
 * Reads allocation lines with the access rules applied in SQL: administrators see every line; anyone
 * else sees the lines of their own organisation, the lines of initiatives their organisation owns, and,
 * for portfolio reviewers, the lines of initiatives their ministry is responsible for. Nothing else can
 * be reached by any filter, so a finance officer in Bergen never sees Oslo's lines.
 */
const ALLOCATION_SORT_COLUMNS: Record<AllocationSortField, string> = {
  [AllocationSortField.YEAR]: 'l.year',
  [AllocationSortField.INITIATIVE]: 'i.code',
  [AllocationSortField.ORGANISATION]: 'o.name',
  [AllocationSortField.PLANNED_AMOUNT]: 'l.planned_amount',
  [AllocationSortField.ACTUAL_AMOUNT]: 'l.actual_amount',
};
const ALLOCATION_SORT_DEFAULT = { field: AllocationSortField.YEAR, direction: SortDirection.ASC };

@Injectable()
export class AllocationQueryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Validates a filter; returns BAD_USER_INPUT naming the field (`prefix` '' names the bare field). */
  validateFilter(filter: AllocationFilter, prefix = 'filter'): void {
    const problems = new InputProblems();
    const field = (key: string) => (prefix ? `${prefix}.${key}` : key);
    for (const key of ['organisationId', 'initiativeId', 'runId'] as const) {
      const value = filter[key];
      if (value !== undefined && value !== null && !isUuid(value))
        problems.check(field(key), `must be an id (a UUID) (got "${String(value).slice(0, 80)}")`);
    }
    if (
      filter.year !== undefined &&
      filter.year !== null &&
      (!Number.isInteger(filter.year) || filter.year < 1990 || filter.year > 2200)
    )
      problems.check(field('year'), `must be a year between 1990 and 2200 (got ${filter.year})`);
    problems.throwIfAny();
  }

  /**
   * Lines matching the filter that the actor may see, as a query builder on `l` (lines) joined with
   * `r` (runs) and `i` (initiatives). Asking for another organisation's lines with no right to any of them
   * is FORBIDDEN.
   */
  async scoped(actor: Actor, filter: AllocationFilter): Promise<SelectQueryBuilder<AllocationLineEntity>> {
    this.validateFilter(filter);
    if (filter.organisationId && !(await this.mayAskFor(actor, filter.organisationId)))
      throw forbidden("You may not see this organisation's cost allocations");
    const query = this.db
      .getRepository(AllocationLineEntity)
      .createQueryBuilder('l')
      .innerJoin('allocation_runs', 'r', 'r.id = l.run_id')
      .innerJoin('initiatives', 'i', 'i.id = l.initiative_id');
    if (!filter.includeSuperseded && !filter.runId) query.andWhere(`r.status = 'CURRENT'`);
    if (filter.organisationId)
      query.andWhere('l.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.initiativeId)
      query.andWhere('l.initiative_id = :initiativeId', { initiativeId: filter.initiativeId });
    if (filter.year !== undefined && filter.year !== null)
      query.andWhere('l.year = :year', { year: filter.year });
    if (filter.runId) query.andWhere('l.run_id = :runId', { runId: filter.runId });
    // The libs/domain rule (financialDetailScope, the same as canSeeFinancialDetail row by row) in SQL.
    const scope = financialDetailScope(actor);
    if (!scope.all) {
      query.andWhere(
        scope.asReviewer
          ? '(l.organisation_id = :actorOrg OR i.owner_id = :actorOrg OR i.ministry_id = :actorOrg)'
          : '(l.organisation_id = :actorOrg OR i.owner_id = :actorOrg)',
        { actorOrg: scope.organisationId },
      );
    }
    return query;
  }

  /** Whether the actor may see any line of `organisationId` (itself, or as owner or reviewer). */
  async mayAskFor(actor: Actor, organisationId: string): Promise<boolean> {
    const scope = financialDetailScope(actor);
    if (scope.all || scope.organisationId === organisationId) return true;
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM initiatives WHERE owner_id = $1 OR ($2 AND ministry_id = $1) LIMIT 1`,
      [scope.organisationId, scope.asReviewer],
    );
    return rows.length > 0;
  }

  async totals(query: SelectQueryBuilder<AllocationLineEntity>): Promise<AllocationTotals> {
    const row = await query
      .clone()
      .select('count(*)::int', 'count')
      .addSelect('COALESCE(sum(l.planned_amount), 0)::numeric(17,2)', 'planned')
      .addSelect('COALESCE(sum(l.actual_amount), 0)::numeric(17,2)', 'actual')
      .orderBy()
      .getRawOne<{ count: number; planned: string; actual: string }>();
    return {
      totalCount: row?.count ?? 0,
      totalPlannedAmount: row?.planned ?? '0.00',
      totalActualAmount: row?.actual ?? '0.00',
    };
  }

  async list(actor: Actor, filter: AllocationFilter, sort: AllocationSort | undefined, page: PageArgs) {
    assertPage(page);
    const query = await this.scoped(actor, filter);
    const [totals, nodes] = await Promise.all([
      this.totals(query),
      applySort(
        query.clone().innerJoin('organisations', 'o', 'o.id = l.organisation_id'),
        sort,
        ALLOCATION_SORT_COLUMNS,
        ALLOCATION_SORT_DEFAULT,
        ['l.year', 'i.code', 'o.name', 'l.id'],
      )
        .offset(page.offset)
        .limit(page.limit)
        .getMany(),
    ]);
    return {
      totalCount: totals.totalCount,
      totalAmount: totals.totalPlannedAmount,
      totalPlannedAmount: totals.totalPlannedAmount,
      totalActualAmount: totals.totalActualAmount,
      nodes,
    };
  }

  /**
   * Organisations' allocations in a year, per initiative (current runs), within the actor's rights: the
   * per-request DataLoader of Organisation.allocationSummary asks for a page of organisations at once. The
   * scope rule is `mayAskFor`, then `scoped`; an organisation the actor may not ask for gets FORBIDDEN. At
   * most two statements however many organisations; each total is the exact sum (in øre) of its rows.
   */
  async summaries(
    actor: Actor,
    organisationIds: readonly string[],
    year: number,
  ): Promise<(AllocationSummary | Error)[]> {
    const query = await this.scoped(actor, { year });
    const others = organisationIds.find((id) => id !== actor.organisationId);
    const mayAskOthers = others === undefined || (await this.mayAskFor(actor, others));
    const allowed = [...new Set(organisationIds)].filter((id) => mayAskOthers || id === actor.organisationId);
    const rows = allowed.length
      ? await query
          .andWhere('l.organisation_id IN (:...allowed)', { allowed })
          .select('l.organisation_id', 'organisation_id')
          .addSelect('l.initiative_id', 'initiative_id')
          .addSelect('sum(l.planned_amount)::numeric(17,2)', 'planned')
          .addSelect('COALESCE(sum(l.actual_amount), 0)::numeric(17,2)', 'actual')
          .groupBy('l.organisation_id')
          .addGroupBy('l.initiative_id')
          .orderBy('planned', 'DESC')
          .getRawMany<{ organisation_id: string; initiative_id: string; planned: string; actual: string }>()
      : [];
    const byOrganisation = groupBy(rows, (row) => row.organisation_id);
    const sum = (values: string[]) =>
      formatOre(
        values.reduce((total, value) => total + parseAmount(value, 'amount', { allowNegative: true }), 0n),
      );
    return organisationIds.map((id) => {
      if (!mayAskOthers && id !== actor.organisationId)
        return forbidden("You may not see this organisation's cost allocations");
      const own = byOrganisation.get(id) ?? [];
      return {
        year,
        total: sum(own.map((row) => row.planned)),
        actualTotal: sum(own.map((row) => row.actual)),
        byInitiative: own.map((row) => ({
          initiativeId: row.initiative_id,
          amount: row.planned,
          actualAmount: row.actual,
        })),
      };
    });
  }

  /** The runs and key versions the matching lines come from, oldest run first (for an export's notes). */
  async exportRuns(query: SelectQueryBuilder<AllocationLineEntity>): Promise<ExportRunRow[]> {
    return query
      .clone()
      .innerJoin('cost_sharing_key_versions', 'kv', 'kv.id = l.key_version_id')
      .innerJoin('cost_sharing_keys', 'k', 'k.id = kv.key_id')
      .select([
        'r.id AS run_id',
        'i.code AS initiative_code',
        'i.name AS initiative_name',
        'r.year AS year',
        'r.created_at AS run_created_at',
        'r.created_by_email AS run_created_by_email',
        'r.status AS run_status',
        'k.name AS key_name',
        'kv.version_number AS key_version',
        "kv.spec->>'method' AS key_method",
        'kv.spec::text AS key_spec',
        'kv.population_year AS population_year',
        'count(*)::int AS line_count',
        'sum(l.planned_amount)::numeric(17,2) AS planned_amount',
      ])
      .groupBy('r.id')
      .addGroupBy('i.id')
      .addGroupBy('k.id')
      .addGroupBy('kv.id')
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .addOrderBy('kv.version_number', 'ASC')
      .getRawMany<ExportRunRow>();
  }

  /**
   * Streams the matching lines in `id` order, `batchSize` at a time (keyset pagination: memory stays flat
   * however many lines there are), with the names and key information an export needs.
   */
  async *exportBatches(
    query: SelectQueryBuilder<AllocationLineEntity>,
    batchSize = 5000,
  ): AsyncGenerator<ExportLineRow[]> {
    let after = '0';
    for (;;) {
      const rows = await query
        .clone()
        .innerJoin('organisations', 'o', 'o.id = l.organisation_id')
        .innerJoin('cost_sharing_key_versions', 'kv', 'kv.id = l.key_version_id')
        .innerJoin('cost_sharing_keys', 'k', 'k.id = kv.key_id')
        .select([
          'l.id AS id',
          'o.org_number AS org_number',
          'o.name AS organisation_name',
          'o.municipality_number AS municipality_number',
          'i.code AS initiative_code',
          'i.name AS initiative_name',
          'l.year AS year',
          'l.cost_category AS cost_category',
          'l.cost_item_id AS cost_item_id',
          'l.planned_amount AS planned_amount',
          'l.actual_amount AS actual_amount',
          'l.share AS share',
          'l.explanation AS explanation',
          'l.explanation_nb AS explanation_nb',
          'l.run_id AS run_id',
          'r.created_at AS run_created_at',
          'r.status AS run_status',
          'k.name AS key_name',
          'kv.version_number AS key_version',
          'kv.population_year AS population_year',
        ])
        .andWhere('l.id > :after', { after })
        .orderBy('l.id', 'ASC')
        .limit(batchSize)
        .getRawMany<ExportLineRow>();
      if (!rows.length) return;
      yield rows;
      if (rows.length < batchSize) return;
      after = String(rows[rows.length - 1].id);
    }
  }
}
