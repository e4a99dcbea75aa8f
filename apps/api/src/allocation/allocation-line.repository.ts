import { kostraCodeSql } from './kostra-sql.js';
import { Injectable } from '@nestjs/common';
import type { FinancialDetailScope } from '@gevinst/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { AccessRepository } from '../access/access.repository.js';
import type { PageArgs } from '../common/pagination.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { columnsFor, fromRow, rowShape } from '../common/shaped-rows.js';
import { InitiativeEntity } from '../initiative/initiative.entity.js';
import { AllocationLineEntity } from './allocation-line.entity.js';
import type { AllocationFilter } from './dto/allocation-filter.input.js';
import { type AllocationSort, AllocationSortField } from './dto/allocation-sort.input.js';

/** Allocation lines matching a filter within an access scope: `l` (lines), `r` (runs), `i` (initiatives). */
export type ScopedLines = SelectQueryBuilder<AllocationLineEntity>;

export interface AllocationTotals {
  totalCount: number;
  totalPlannedAmount: string;
  /** null when no matching line has an actual amount (not recorded) */
  totalActualAmount: string | null;
}

/** An organisation's planned and actual sums in one initiative (current runs of a year). */
export interface AllocationSummaryRow {
  organisation_id: string;
  initiative_id: string;
  planned: string;
  /** null when none of the lines has an actual amount */
  actual: string | null;
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
  /** The whole run's cost item amount, allocated total and difference (cost items − allocated). */
  run_cost_item_amount: string | null;
  run_allocated_total: string;
  run_difference: string;
  /** The KOSTRA art and function of the line (the organisation's own, else the suggestion; issue 21). */
  kostra_art: string;
  kostra_function: string;
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
  /** The whole run's cost item amount, allocated total, difference and reconciliation choice. */
  run_cost_item_amount: string | null;
  run_allocated_total: string;
  run_difference: string;
  run_reconciliation: string | null;
}

const SORT_COLUMNS: Record<AllocationSortField, string> = {
  [AllocationSortField.YEAR]: 'l.year',
  [AllocationSortField.INITIATIVE]: 'i.code',
  [AllocationSortField.ORGANISATION]: 'o.name',
  [AllocationSortField.PLANNED_AMOUNT]: 'l.planned_amount',
  [AllocationSortField.ACTUAL_AMOUNT]: 'l.actual_amount',
};
const SORT_DEFAULT = { field: AllocationSortField.YEAR, direction: SortDirection.ASC };
/** A line of a page, with its initiative when the page statement read it (pageWithTotals). */
export type AllocationLineWithInitiative = AllocationLineEntity & { initiative?: InitiativeEntity };

/** The line's long texts, read after the page is cut (pageWithTotalsQuery). */
const POSTPONED_TEXTS: readonly string[] = ['explanation', 'explanationNb'];

/**
 * Which explanations a page reads (AllocationLine.explanation's `language`, explanationLanguages): each is
 * about 400 characters a line, so a page of 500 English explanations does not read the Norwegian ones too.
 */
export interface ExplanationTexts {
  en: boolean;
  nb: boolean;
}

/** Both explanations: what a caller that does not say gets. */
export const BOTH_EXPLANATIONS: ExplanationTexts = { en: true, nb: true };

/**
 * The reads of allocation lines (the lines of stored runs): every statement on allocation_lines outside a
 * run's own writes. Each starts from `scoped`, where the access repository adds the actor's scope, so no
 * filter, sort or export can reach a line the scope does not allow. Their SQL is committed in
 * queries/allocation-line.repository.sql (allocation-sql.spec regenerates and compares it).
 */
@Injectable()
export class AllocationLineRepository {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessRepository,
  ) {}

  /** The lines matching the (validated) filter that the scope allows. */
  scoped(scope: FinancialDetailScope, filter: AllocationFilter): ScopedLines {
    const query = this.uow
      .manager()
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
    return this.access.whereLineAllowed(query, scope);
  }

  /** Count and sums of every matching line. */
  async totals(query: ScopedLines): Promise<AllocationTotals> {
    const row = await this.totalsQuery(query).getRawOne<{
      count: number;
      planned: string;
      actual: string | null;
    }>();
    return {
      totalCount: row?.count ?? 0,
      totalPlannedAmount: row?.planned ?? '0.00',
      totalActualAmount: row?.actual ?? null,
    };
  }

  /**
   * One page of the matching lines, in the asked order (stable: year, initiative, organisation, id), with the count and sums of every matching line (as `totals`),
   * in one statement: the totals are window aggregates over the matches, carried on each row, and the
   * lines are plain objects (no entity hydration). Only a page past the end, which has no row to carry
   * them, costs the totals statement as well.
   */
  async pageWithTotals(
    query: ScopedLines,
    sort: AllocationSort | undefined,
    page: PageArgs,
    initiativeFields?: ReadonlySet<string>,
    explanations: ExplanationTexts = BOTH_EXPLANATIONS,
  ): Promise<AllocationTotals & { nodes: AllocationLineWithInitiative[] }> {
    const em = this.uow.manager();
    const line = rowShape(em, AllocationLineEntity, 'l');
    const initiative = this.initiativeShape(initiativeFields);
    const rows = await this.pageWithTotalsQuery(query, sort, page, initiativeFields, explanations).getRawMany<
      Record<string, unknown>
    >();
    if (!rows.length) return { ...(await this.totals(query)), nodes: [] };
    // One object per initiative, shared by its lines (as the batch loader would give).
    const initiatives = new Map<string, InitiativeEntity>();
    return {
      totalCount: rows[0].totalCount as number,
      totalPlannedAmount: rows[0].totalPlanned as string,
      totalActualAmount: rows[0].totalActual as string | null,
      nodes: rows.map((row) => {
        const node: AllocationLineWithInitiative = fromRow<AllocationLineEntity>(line, row);
        if (initiative) {
          let read = initiatives.get(node.initiativeId);
          if (!read) initiatives.set(node.initiativeId, (read = fromRow<InitiativeEntity>(initiative, row)));
          node.initiative = read;
        }
        return node;
      }),
    };
  }

  /**
   * The initiative columns the page statement reads with each line, given the fields the query selects of
   * the line's initiative (undefined: none, the initiative is not read with the page). Only narrow
   * columns: when the selection needs every column (a field computed by a resolver) or the description (a
   * long text the sort of every matching line would carry), the initiatives are left to their batch loader.
   */
  private initiativeShape(initiativeFields: ReadonlySet<string> | undefined) {
    if (!initiativeFields) return undefined;
    const columns = columnsFor(this.uow.manager(), InitiativeEntity, initiativeFields, ['id']);
    if (!columns || columns.includes('description')) return undefined;
    return rowShape(this.uow.manager(), InitiativeEntity, 'i', 'initiative_', columns);
  }

  /** Per organisation of `organisationIds` and initiative: the sums of the matching lines, largest first. */
  summaryRows(query: ScopedLines, organisationIds: readonly string[]): Promise<AllocationSummaryRow[]> {
    return this.summaryQuery(query, organisationIds).getRawMany<AllocationSummaryRow>();
  }

  /** The runs and key versions the matching lines come from, oldest run first (for an export's notes). */
  exportRuns(query: ScopedLines): Promise<ExportRunRow[]> {
    return this.exportRunsQuery(query).getRawMany<ExportRunRow>();
  }

  /**
   * Streams the matching lines in `id` order, `batchSize` at a time (keyset pagination: memory stays flat
   * however many lines there are), with the names and key information an export needs.
   */
  async *exportBatches(query: ScopedLines, batchSize = 5000): AsyncGenerator<ExportLineRow[]> {
    let after = '0';
    for (;;) {
      const rows = await this.exportBatchQuery(query, after, batchSize).getRawMany<ExportLineRow>();
      if (!rows.length) return;
      yield rows;
      if (rows.length < batchSize) return;
      after = String(rows[rows.length - 1].id);
    }
  }

  // The statements themselves, apart from running them, so that the SQL snapshot test can print them.

  totalsQuery(query: ScopedLines): ScopedLines {
    return (
      query
        .clone()
        .select('count(*)::int', 'count')
        .addSelect('COALESCE(sum(l.planned_amount), 0)::numeric(17,2)', 'planned')
        // null when no line has an actual amount: blank = not recorded, 0 = a recorded zero (docs/api.md)
        .addSelect('sum(l.actual_amount)::numeric(17,2)', 'actual')
        .orderBy()
    );
  }

  pageQuery(query: ScopedLines, sort: AllocationSort | undefined, page: PageArgs): ScopedLines {
    return applySort(
      query.clone().innerJoin('organisations', 'o', 'o.id = l.organisation_id'),
      sort,
      SORT_COLUMNS,
      SORT_DEFAULT,
      ['l.year', 'i.code', 'o.name', 'l.id'],
    )
      .offset(page.offset)
      .limit(page.limit);
  }

  pageWithTotalsQuery(
    query: ScopedLines,
    sort: AllocationSort | undefined,
    page: PageArgs,
    initiativeFields?: ReadonlySet<string>,
    explanations: ExplanationTexts = BOTH_EXPLANATIONS,
  ): ScopedLines {
    const em = this.uow.manager();
    const initiative = this.initiativeShape(initiativeFields);
    const columns = em.connection
      .getMetadata(AllocationLineEntity)
      .columns.map((column) => column.propertyName)
      .filter((property) => !POSTPONED_TEXTS.includes(property));
    const line = rowShape(em, AllocationLineEntity, 'l', '', columns);
    const selected = query.clone();
    // The line's initiative, when asked for, from the join `scoped` already makes: no second statement.
    if (initiative) selected.select(`${line.select}, ${initiative.select}`);
    else selected.select(line.select);
    // The explanations (two texts of about 400 characters a line) as scalar subqueries: PostgreSQL
    // evaluates such costly select-list expressions after the sort and the LIMIT, so the sort of every
    // matching line carries only the narrow columns and the texts are read for the page's lines alone
    // (about half the statement's time for one municipality's 1,025 lines; docs/performance.md). Only those
    // asked for. Norwegian alone is read as `explanation` already resolved by explanationOf's rule (the
    // Norwegian text, or the English one where there is none), with no `explanationNb`, so explanationOf
    // answers it in every case.
    if (explanations.en)
      selected.addSelect('(SELECT t.explanation FROM allocation_lines t WHERE t.id = l.id)', 'explanation');
    if (explanations.nb && explanations.en)
      selected.addSelect(
        '(SELECT t.explanation_nb FROM allocation_lines t WHERE t.id = l.id)',
        'explanationNb',
      );
    else if (explanations.nb)
      selected.addSelect(
        `(SELECT COALESCE(NULLIF(t.explanation_nb, ''), t.explanation) FROM allocation_lines t WHERE t.id = l.id)`,
        'explanation',
      );
    return this.pageQuery(
      selected
        .addSelect('count(*) OVER ()::int', 'totalCount')
        .addSelect('COALESCE(sum(l.planned_amount) OVER (), 0)::numeric(17,2)', 'totalPlanned')
        // null when no line has an actual amount: blank = not recorded, 0 = a recorded zero (docs/api.md)
        .addSelect('(sum(l.actual_amount) OVER ())::numeric(17,2)', 'totalActual'),
      sort,
      page,
    );
  }

  summaryQuery(query: ScopedLines, organisationIds: readonly string[]): ScopedLines {
    return (
      query
        .clone()
        .andWhere('l.organisation_id IN (:...allowed)', { allowed: organisationIds })
        .select('l.organisation_id', 'organisation_id')
        .addSelect('l.initiative_id', 'initiative_id')
        .addSelect('sum(l.planned_amount)::numeric(17,2)', 'planned')
        // null when no line has an actual amount: blank = not recorded, 0 = a recorded zero (docs/api.md)
        .addSelect('sum(l.actual_amount)::numeric(17,2)', 'actual')
        .groupBy('l.organisation_id')
        .addGroupBy('l.initiative_id')
        .orderBy('planned', 'DESC')
    );
  }

  exportRunsQuery(query: ScopedLines): ScopedLines {
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
        'r.cost_item_amount AS run_cost_item_amount',
        'r.planned_total AS run_allocated_total',
        'r.difference AS run_difference',
        'r.reconciliation AS run_reconciliation',
      ])
      .groupBy('r.id')
      .addGroupBy('i.id')
      .addGroupBy('k.id')
      .addGroupBy('kv.id')
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .addOrderBy('kv.version_number', 'ASC');
  }

  exportBatchQuery(query: ScopedLines, after: string, batchSize: number): ScopedLines {
    return query
      .clone()
      .innerJoin('organisations', 'o', 'o.id = l.organisation_id')
      .innerJoin('cost_sharing_key_versions', 'kv', 'kv.id = l.key_version_id')
      .innerJoin('cost_sharing_keys', 'k', 'k.id = kv.key_id')
      .leftJoin(
        'organisation_kostra_codes',
        'kc',
        'kc.organisation_id = l.organisation_id AND kc.cost_category = l.cost_category',
      )
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
        'r.cost_item_amount AS run_cost_item_amount',
        'r.planned_total AS run_allocated_total',
        'r.difference AS run_difference',
        `${kostraCodeSql('art', 'l.cost_category', 'kc.art')} AS kostra_art`,
        `${kostraCodeSql('function', 'l.cost_category', 'kc.function')} AS kostra_function`,
      ])
      .andWhere('l.id > :after', { after })
      .orderBy('l.id', 'ASC')
      .limit(batchSize);
  }
}
