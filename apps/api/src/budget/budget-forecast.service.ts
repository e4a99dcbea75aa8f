import { Injectable } from '@nestjs/common';
import { budgetDeviation, planYears, sumNok } from '@gevinst/cost-model';
import { LIMITS, financialDetailScope, isYearIn, kostraCodesFor, msg, renderMessage } from '@gevinst/domain';
import { type Actor, actorUserId } from '../auth/actor.js';
import { AllocationService } from '../allocation/allocation.service.js';
import { Mutations } from '../audit/mutation.js';
import { type FieldProblem, badInput, forbidden, isAppError } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { todayInNorway, yearOf } from '../common/today.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { BudgetRepository } from './budget.repository.js';

export type ForecastStatus = 'FORECAST' | 'RUN';

/** One year of one initiative's (and KOSTRA pair's) forecast for the paying organisation. */
export interface ForecastCell {
  year: number;
  /** What the organisation pays; null when the year cannot be computed (see problem). */
  amount: string | null;
  /** FORECAST until a current run of the year exists, then RUN (the same computation). */
  status: ForecastStatus;
  /** The population year the key version reads (the latest the key names), null when it reads none. */
  populationYears: number[];
  adopted: string | null;
  deviation: string | null;
  /** Why the year could not be computed, in English and Norwegian. */
  problem: string | null;
  problemNb: string | null;
}

export interface ForecastRow {
  initiativeId: string;
  initiativeCode: string;
  initiativeName: string;
  kostraArt: string;
  kostraFunction: string;
  cells: ForecastCell[];
}

export interface BudgetForecast {
  organisationId: string;
  years: number[];
  rows: ForecastRow[];
  totals: { year: number; amount: string; adopted: string | null; deviation: string | null }[];
}

/** A year's outcome for one initiative: per KOSTRA pair (art/function) the organisation's sum. */
interface YearOutcome {
  byCodes: Map<string, string>;
  populationYears: number[];
  problem: FieldProblem['message'] | null;
}

/**
 * The paying organisation's four-year forecast (issue 21): for each initiative it pays into and each year,
 * what a run of that year would allocate to it now — AllocationService.wouldAllocate, the computation a run
 * makes — grouped by the organisation's KOSTRA codes of the cost items' categories, with the deviation from
 * what the finance officer adopted in the budget.
 */
@Injectable()
export class BudgetForecastService {
  constructor(
    private readonly allocations: AllocationService,
    private readonly initiatives: InitiativeRepository,
    private readonly budget: BudgetRepository,
    private readonly mutations: Mutations,
  ) {}

  private assertMaySee(actor: Actor, organisationId: string): void {
    assertUuid('organisationId', organisationId);
    const scope = financialDetailScope(actor);
    if (scope.kind === 'SOME' && scope.organisationId !== organisationId)
      throw forbidden(msg('ORGANISATION_ALLOCATIONS_ACCESS'));
  }

  private startOf(startYear: number | undefined): number {
    const start = startYear ?? yearOf(todayInNorway()) + 1;
    if (!isYearIn(start, LIMITS.year) || !isYearIn(start + 3, LIMITS.year))
      throw badInput('startYear', msg('YEAR_BETWEEN', { ...LIMITS.year, got: String(start) }));
    return start;
  }

  private async outcome(
    initiative: InitiativeEntity,
    organisationId: string,
    year: number,
    codes: Record<string, { art: string; function: string }>,
  ): Promise<YearOutcome> {
    try {
      const { allocations } = await this.allocations.wouldAllocate(initiative, year);
      const byCodes = new Map<string, string>();
      const populationYears = new Set<number>();
      for (const allocation of allocations) {
        const line = allocation.planned.lines.find((l) => l.participantId === organisationId);
        if (allocation.key.version.populationYear !== null)
          populationYears.add(allocation.key.version.populationYear);
        if (!line) continue;
        const { art, function: fn } = kostraCodesFor(allocation.item.category, codes);
        const pair = `${art}/${fn}`;
        byCodes.set(pair, sumNok([byCodes.get(pair) ?? '0.00', line.amount]));
      }
      return { byCodes, populationYears: [...populationYears].sort(), problem: null };
    } catch (error) {
      if (!isAppError(error)) throw error;
      // No cost items planned for the year: nothing to pay, no problem.
      const first = error.problems[0]?.message ?? error.reason;
      if (first?.code === 'NO_COST_ITEMS_TO_ALLOCATE')
        return { byCodes: new Map(), populationYears: [], problem: null };
      return { byCodes: new Map(), populationYears: [], problem: first ?? msg('NOT_ALLOWED') };
    }
  }

  async forecast(actor: Actor, organisationId: string, startYear?: number): Promise<BudgetForecast> {
    this.assertMaySee(actor, organisationId);
    const years = planYears(this.startOf(startYear));
    const codes = await this.budget.kostraCodes(organisationId);
    const adoptions = await this.budget.adoptions(organisationId, years);
    const adopted = (initiativeId: string, year: number) =>
      adoptions.find((a) => a.initiative_id === initiativeId && Number(a.year) === year)?.amount ?? null;
    const rows: ForecastRow[] = [];
    for (const { initiative_id } of await this.budget.payingInitiativeIds(organisationId)) {
      const initiative = await this.initiatives.findById(initiative_id);
      if (!initiative) continue;
      const runYears = await this.budget.runYears(initiative.id, years);
      const outcomes: YearOutcome[] = [];
      for (const year of years) outcomes.push(await this.outcome(initiative, organisationId, year, codes));
      const pairs = [...new Set(outcomes.flatMap((o) => [...o.byCodes.keys()]))].sort();
      if (!pairs.length)
        pairs.push(
          `${kostraCodesFor('OPERATION', codes).art}/${kostraCodesFor('OPERATION', codes).function}`,
        );
      pairs.forEach((pair, pairIndex) => {
        const [art, fn] = pair.split('/');
        rows.push({
          initiativeId: initiative.id,
          initiativeCode: initiative.code,
          initiativeName: initiative.name,
          kostraArt: art,
          kostraFunction: fn,
          cells: years.map((year, i) => {
            const o = outcomes[i];
            const amount = o.problem ? null : (o.byCodes.get(pair) ?? '0.00');
            // The adopted amount is per initiative: shown (and compared) on its first KOSTRA row.
            const own = pairIndex === 0 ? adopted(initiative.id, year) : null;
            const total = o.problem ? null : sumNok([...o.byCodes.values()]);
            const deviation =
              own !== null && total !== null
                ? budgetDeviation(total, own)
                : { adopted: own, deviation: null };
            return {
              year,
              amount,
              status: runYears.has(year) ? 'RUN' : 'FORECAST',
              populationYears: o.populationYears,
              adopted: deviation.adopted,
              deviation: deviation.deviation,
              problem: o.problem ? renderMessage(o.problem, 'en') : null,
              problemNb: o.problem ? renderMessage(o.problem, 'nb') : null,
            };
          }),
        });
      });
    }
    const totals = years.map((year, i) => {
      const amount = sumNok(rows.map((r) => r.cells[i].amount ?? '0.00'));
      const adoptedAmounts = rows.map((r) => r.cells[i].adopted).filter((a): a is string => a !== null);
      const adoptedTotal = adoptedAmounts.length ? sumNok(adoptedAmounts) : null;
      return { year, amount, ...budgetDeviation(amount, adoptedTotal) };
    });
    return { organisationId, years, rows, totals };
  }

  /**
   * Marks the organisation's forecast of `year` as adopted in its budget: the amounts per initiative as
   * computed now are stored (replacing an earlier adoption of the year) and audited.
   */
  async adopt(actor: Actor, organisationId: string, year: number): Promise<BudgetForecast> {
    this.assertMaySee(actor, organisationId);
    if (!isYearIn(year, LIMITS.year))
      throw badInput('year', msg('YEAR_BETWEEN', { ...LIMITS.year, got: String(year) }));
    if (actor.organisationId !== organisationId && financialDetailScope(actor).kind !== 'ALL')
      throw forbidden(msg('ORGANISATION_ALLOCATIONS_ACCESS'));
    // Computed before the change's transaction: a forecast reads each year in a REPEATABLE READ snapshot
    // of its own (AllocationService.wouldAllocate), which cannot start inside another transaction.
    const forecast = await this.forecast(actor, organisationId, year);
    await this.mutations.mutate(actor, {
      load: async () => ({ forecast, before: await this.budget.adoptions(organisationId, [year]) }),
      authorise: () => undefined,
      apply: async ({ forecast }) => {
        const perInitiative = new Map<string, string>();
        for (const row of forecast.rows) {
          const cell = row.cells[0];
          if (cell.amount === null) continue;
          perInitiative.set(
            row.initiativeId,
            sumNok([perInitiative.get(row.initiativeId) ?? '0.00', cell.amount]),
          );
        }
        const amounts = [...perInitiative].map(([initiativeId, amount]) => ({ initiativeId, amount }));
        await this.budget.adopt(organisationId, year, amounts, actorUserId(actor));
        return amounts;
      },
      audit: ({ before }, amounts) => ({
        operation: 'adoptBudgetForecast',
        entityType: 'Organisation',
        entityId: organisationId,
        ownerOrganisationId: organisationId,
        before: { year, amounts: before.map((b) => ({ initiativeId: b.initiative_id, amount: b.amount })) },
        after: { year, amounts },
      }),
    });
    return this.forecast(actor, organisationId, year);
  }
}
