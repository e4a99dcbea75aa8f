import { Injectable } from '@nestjs/common';
import { formatOre, parseAmount } from '@gevinst/cost-model';
import { LIMITS, financialDetailScope, isYearIn, msg } from '@gevinst/domain';
import { AccessRepository } from '../access/access.repository.js';
import type { Actor } from '../auth/actor.js';
import { InputProblems, forbidden } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { CursorPageArgs, pageInfo, pageWindow } from '../common/cursor.js';
import {
  type AllocationSummaryRow,
  type AllocationTotals,
  AllocationLineRepository,
  type ExportLineRow,
  type ExplanationTexts,
  type ExportRunRow,
  type ScopedLines,
} from './allocation-line.repository.js';
import { AllocationFilter } from './dto/allocation-filter.input.js';
import { AllocationSort } from './dto/allocation-sort.input.js';

export type { AllocationTotals, ExportLineRow, ExportRunRow } from './allocation-line.repository.js';

/** The name the allocation list's cursors carry. */
const ALLOCATION_LIST = 'allocations';

/** An organisation's allocations in a year: totals and one entry per initiative, largest first. */
export interface AllocationSummary {
  year: number;
  total: string;
  /** null when no line has an actual amount: blank = not recorded, 0 = a recorded zero */
  actualTotal: string | null;
  byInitiative: { initiativeId: string; amount: string; actualAmount: string | null }[];
}

/**
 * Reads allocation lines within the actor's rights: the libs/domain rule financialDetailScope (administrators
 * every line; anyone else their own organisation's lines, the lines of initiatives their organisation owns
 * and, for portfolio reviewers, of initiatives their ministry is responsible for), applied in SQL by the
 * access repository underneath every read of AllocationLineRepository. Nothing else can be reached by any
 * filter, so a finance officer in Bergen never sees Oslo's lines. This service checks the input and the
 * right to ask (BAD_USER_INPUT, FORBIDDEN) and shapes the answers; the repository runs the SQL.
 */
@Injectable()
export class AllocationQueryService {
  constructor(
    private readonly lines: AllocationLineRepository,
    private readonly access: AccessRepository,
  ) {}

  /** Validates a filter; returns BAD_USER_INPUT naming the field (`prefix` '' names the bare field). */
  validateFilter(filter: AllocationFilter, prefix = 'filter'): void {
    const problems = new InputProblems();
    const field = (key: string) => (prefix ? `${prefix}.${key}` : key);
    for (const key of ['organisationId', 'initiativeId', 'runId'] as const) {
      const value = filter[key];
      if (value !== undefined && value !== null && !isUuid(value))
        problems.check(field(key), msg('NOT_A_UUID_GOT', { got: `"${String(value).slice(0, 80)}"` }));
    }
    if (filter.year !== undefined && filter.year !== null && !isYearIn(filter.year, LIMITS.year))
      problems.check(field('year'), msg('YEAR_BETWEEN', { ...LIMITS.year, got: String(filter.year) }));
    problems.throwIfAny();
  }

  /**
   * Lines matching the filter that the actor may see, as a query builder on `l` (lines) joined with
   * `r` (runs) and `i` (initiatives). Asking for another organisation's lines with no right to any of them
   * is FORBIDDEN.
   */
  async scoped(actor: Actor, filter: AllocationFilter): Promise<ScopedLines> {
    this.validateFilter(filter);
    if (filter.organisationId && !(await this.mayAskFor(actor, filter.organisationId)))
      throw forbidden(msg('ORGANISATION_ALLOCATIONS_ACCESS'));
    return this.lines.scoped(financialDetailScope(actor), filter);
  }

  /** Whether the actor may see any line of `organisationId` (itself, or as owner or reviewer). */
  async mayAskFor(actor: Actor, organisationId: string): Promise<boolean> {
    const scope = financialDetailScope(actor);
    if (scope.kind === 'SOME' && scope.organisationId === organisationId) return true;
    return this.access.reachesOtherOrganisations(scope);
  }

  totals(query: ScopedLines): Promise<AllocationTotals> {
    return this.lines.totals(query);
  }

  /**
   * A page of the lines by offset or by cursor (pageWindow), with the totals over every matching line and
   * its pageInfo: the page and the totals are one statement.
   */
  async list(
    actor: Actor,
    filter: AllocationFilter,
    sort: AllocationSort | undefined,
    args: CursorPageArgs,
    initiativeFields?: ReadonlySet<string>,
    explanations?: ExplanationTexts,
  ) {
    const window = pageWindow(ALLOCATION_LIST, args);
    const query = await this.scoped(actor, filter);
    const page = await this.lines.pageWithTotals(query, sort, window, initiativeFields, explanations);
    return {
      totalCount: page.totalCount,
      totalAmount: page.totalPlannedAmount,
      totalPlannedAmount: page.totalPlannedAmount,
      totalActualAmount: page.totalActualAmount,
      nodes: page.nodes,
      pageInfo: pageInfo(ALLOCATION_LIST, window, page.nodes.length, page.totalCount),
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
    const rows = allowed.length ? await this.lines.summaryRows(query, allowed) : [];
    const byOrganisation = new Map<string, AllocationSummaryRow[]>();
    for (const row of rows) {
      const own = byOrganisation.get(row.organisation_id);
      if (own) own.push(row);
      else byOrganisation.set(row.organisation_id, [row]);
    }
    const sum = (values: string[]) =>
      formatOre(
        values.reduce((total, value) => total + parseAmount(value, 'amount', { allowNegative: true }), 0n),
      );
    return organisationIds.map((id) => {
      if (!mayAskOthers && id !== actor.organisationId)
        return forbidden(msg('ORGANISATION_ALLOCATIONS_ACCESS'));
      const own = byOrganisation.get(id) ?? [];
      return {
        year,
        total: sum(own.map((row) => row.planned)),
        actualTotal: own.some((row) => row.actual !== null)
          ? sum(own.flatMap((row) => (row.actual === null ? [] : [row.actual])))
          : null,
        byInitiative: own.map((row) => ({
          initiativeId: row.initiative_id,
          amount: row.planned,
          actualAmount: row.actual,
        })),
      };
    });
  }

  /** The runs and key versions the matching lines come from, oldest run first (for an export's notes). */
  exportRuns(query: ScopedLines): Promise<ExportRunRow[]> {
    return this.lines.exportRuns(query);
  }

  /** The matching lines in `id` order, `batchSize` at a time (keyset: memory stays flat). */
  exportBatches(query: ScopedLines, batchSize = 5000): AsyncGenerator<ExportLineRow[]> {
    return this.lines.exportBatches(query, batchSize);
  }
}
