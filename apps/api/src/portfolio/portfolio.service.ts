import { LIMITS, financialDetailScope, msg } from '@gevinst/domain';
import { intersectYears } from '@gevinst/cost-model';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { badInput } from '../common/errors.js';
import { todayInNorway } from '../common/today.js';
import { initiativePeriod } from '../realisation/analysis-period.js';
import type { BenefitCalculator } from '../realisation/benefit-figures.js';
import { PortfolioFilter } from './dto/portfolio-filter.input.js';
import { netPositionsOf, noNetPositions, receivedBenefits, visiblePayments } from './net-positions.js';
import type { NetPositionsModel } from './net-positions.model.js';
import { PortfolioCache } from './portfolio-cache.js';
import { type PortfolioConditions, type PortfolioSelection, portfolioSelection } from './portfolio-scope.js';
import { summarise } from './portfolio-summary.js';
import type { PortfolioSummaryModel } from './portfolio-summary.model.js';
import type { InitiativeFiguresModel } from './initiative-figures.model.js';
import { InitiativeFigureSource } from '../initiative/initiative-figure-source.js';
import { type PortfolioReader, PortfolioRepository, type YearRange } from './portfolio.repository.js';

/** The years of an answer: the window, and each initiative's analysis period within it (null: none). */
interface Years {
  range: YearRange | null;
  rangeOf: Map<string, YearRange | null>;
}

/** Years in one answer: a portfolio period (LIMITS.periodYears). */
const MAX_YEARS = LIMITS.periodYears;

/**
 * Portfolio analytics for ministries: which initiatives (portfolio-scope: the caller's access and the
 * filter, as values), their rows in one snapshot (PortfolioRepository: SQL aggregates, one latest
 * measurement per benefit and year — nothing loads every measurement), the figures (portfolio-summary and
 * net-positions, with @gevinst/cost-model's exact arithmetic) and what is kept between requests
 * (PortfolioCache). This service puts them together and decides the years counted.
 */
@Injectable()
export class PortfolioService implements InitiativeFigureSource {
  constructor(
    private readonly repository: PortfolioRepository,
    private readonly cache: PortfolioCache,
  ) {}

  summary(
    actor: Actor,
    filter: PortfolioFilter | undefined,
    asOfArg?: string | null,
  ): Promise<PortfolioSummaryModel> {
    const asOf = asOfArg ?? todayInNorway();
    const selection = portfolioSelection(actor, filter ?? {});
    // The selection is plain data (the access scope and every filter condition), so it keys the answer.
    const key = JSON.stringify([selection, asOf]);
    return this.repository.read(async (reader) => {
      const changes = await reader.changeCount();
      const kept = this.cache.summary(key, changes);
      if (kept) return kept;
      const summary = await this.summaryIn(reader, selection, asOf);
      this.cache.keepSummary(key, changes, summary);
      return summary;
    });
  }

  netPositions(
    actor: Actor,
    filter: PortfolioFilter | undefined,
    asOfArg?: string | null,
  ): Promise<NetPositionsModel> {
    const asOf = asOfArg ?? todayInNorway();
    const selection = portfolioSelection(actor, filter ?? {});
    return this.repository.read(async (reader) => {
      const initiatives = await reader.initiatives(selection);
      const ids = initiatives.map((row) => row.id);
      const { range, rangeOf } = await this.years(reader, ids, selection.filter, asOf);
      if (!range) return noNetPositions(asOf, range);
      const scope = financialDetailScope(actor);
      // Payments are for cost years, which every analysis period contains.
      const paid = visiblePayments(scope, initiatives, await reader.paymentSums(ids, range));
      // Each initiative's benefits over its own analysis period within the window.
      const calculators = byInitiative(await reader.calculators(ids, asOf, range.fromYear));
      const received = initiatives.flatMap((initiative) => {
        const years = rangeOf.get(initiative.id);
        return years
          ? receivedBenefits(scope, [initiative], calculators.get(initiative.id) ?? [], years)
          : [];
      });
      const levelOf = await reader.levels([...new Set(received.map((row) => row.organisationId))]);
      return netPositionsOf(asOf, range, paid, received, levelOf);
    });
  }

  /**
   * Every initiative's figures as of `asOf`, each over its own analysis period: the rows of
   * portfolioSummary.byInitiative without a year filter (a row does not depend on which other initiatives
   * are selected, since the default window contains every selected initiative's period). The initiatives
   * list shows and sorts by them; computed once per change count and date (PortfolioCache).
   */
  figuresByInitiative(asOf: string): Promise<ReadonlyMap<string, InitiativeFiguresModel>> {
    const selection: PortfolioSelection = { scope: { kind: 'ALL' }, filter: NO_CONDITIONS };
    const key = JSON.stringify(['figuresByInitiative', asOf]);
    return this.repository.read(async (reader) => {
      const changes = await reader.changeCount();
      const summary =
        this.cache.summary(key, changes) ??
        (await this.summaryIn(reader, selection, asOf, { unlimitedYears: true }));
      this.cache.keepSummary(key, changes, summary);
      return new Map(summary.byInitiative.map((row) => [row.initiativeId, row]));
    });
  }

  private async summaryIn(
    reader: PortfolioReader,
    selection: PortfolioSelection,
    asOf: string,
    { unlimitedYears = false }: { unlimitedYears?: boolean } = {},
  ): Promise<PortfolioSummaryModel> {
    const initiatives = await reader.initiatives(selection);
    const ids = initiatives.map((row) => row.id);
    const { range, rangeOf } = await this.years(reader, ids, selection.filter, asOf, unlimitedYears);
    const costs = range
      ? (await reader.costs(ids, range)).filter((row) => inRange(rangeOf.get(row.initiative_id), row.year))
      : [];
    const calculators = await reader.calculators(ids, asOf, range?.fromYear);
    return summarise(
      { asOf, initiatives, range, rangeOf: (id) => rangeOf.get(id) ?? null, costs, calculators },
      (calculator, years) => this.cache.figuresOf(calculator, years),
    );
  }

  /**
   * The years counted (one definition with `economics`, realisation/analysis-period.ts): each initiative
   * counts the years of its own analysis period — its start year for its lifetime (default 10 years),
   * extended to its last cost year — intersected with the window. The window is filter.fromYear–toYear
   * where given, otherwise the union of the initiatives' periods; so a portfolio of one initiative gives
   * exactly that initiative's economics figures. Null when there is no initiative. `unlimitedYears`: no
   * limit on the window's length (every initiative's own period, for figuresByInitiative, which answers
   * no year-by-year table).
   */
  private async years(
    reader: PortfolioReader,
    initiativeIds: readonly string[],
    filter: PortfolioConditions,
    asOf: string,
    unlimitedYears = false,
  ): Promise<Years> {
    const rangeOf = new Map<string, YearRange | null>();
    if (initiativeIds.length === 0) return { range: null, rangeOf };
    const periods = (await reader.periodFacts(initiativeIds)).map((row) => ({
      id: row.initiative_id,
      period: initiativePeriod(
        {
          startYear: row.start_year,
          costYears: [row.first_cost, row.last_cost].filter((year): year is number => year !== null),
          benefitStartYears: row.first_benefit === null ? [] : [row.first_benefit],
        },
        asOf,
        { lifetimeYears: row.lifetime_years },
      ),
    }));
    const fromYear = filter.fromYear ?? Math.min(...periods.map(({ period }) => period.fromYear));
    const toYear = filter.toYear ?? Math.max(fromYear, ...periods.map(({ period }) => period.toYear));
    if (!unlimitedYears && toYear - fromYear > MAX_YEARS)
      throw badInput('filter.toYear', msg('YEARS_AT_ONCE', { max: MAX_YEARS, from: fromYear, to: toYear }));
    const range = { fromYear, toYear };
    for (const { id, period } of periods) rangeOf.set(id, intersectYears(period, range));
    return { range, rangeOf };
  }
}

/** No condition: every initiative within the scope, every year of their periods. */
const NO_CONDITIONS: PortfolioConditions = {
  ministryId: null,
  ownerId: null,
  initiativeIds: null,
  lifeEvent: null,
  phase: null,
  administrativeLevel: null,
  countyNumber: null,
  fromYear: null,
  toYear: null,
};

function inRange(range: YearRange | null | undefined, year: number): boolean {
  return range !== null && range !== undefined && year >= range.fromYear && year <= range.toYear;
}

function byInitiative(calculators: readonly BenefitCalculator[]): Map<string, BenefitCalculator[]> {
  const groups = new Map<string, BenefitCalculator[]>();
  for (const calculator of calculators) {
    const list = groups.get(calculator.plan.initiativeId);
    if (list) list.push(calculator);
    else groups.set(calculator.plan.initiativeId, [calculator]);
  }
  return groups;
}
