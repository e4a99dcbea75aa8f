import { LIMITS, financialDetailScope, msg } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { badInput } from '../common/errors.js';
import { todayInNorway, yearOf } from '../common/today.js';
import { PortfolioFilter } from './dto/portfolio-filter.input.js';
import { netPositionsOf, noNetPositions, receivedBenefits, visiblePayments } from './net-positions.js';
import type { NetPositionsModel } from './net-positions.model.js';
import { PortfolioCache } from './portfolio-cache.js';
import { type PortfolioConditions, type PortfolioSelection, portfolioSelection } from './portfolio-scope.js';
import { summarise } from './portfolio-summary.js';
import type { PortfolioSummaryModel } from './portfolio-summary.model.js';
import { type PortfolioReader, PortfolioRepository, type YearRange } from './portfolio.repository.js';

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
export class PortfolioService {
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
      const range = await this.yearRange(reader, ids, selection.filter, asOf);
      if (!range) return noNetPositions(asOf, range);
      const scope = financialDetailScope(actor);
      const paid = visiblePayments(scope, initiatives, await reader.paymentSums(ids, range));
      const received = receivedBenefits(
        scope,
        initiatives,
        await reader.calculators(ids, asOf, range.fromYear),
        range,
      );
      const levelOf = await reader.levels([...new Set(received.map((row) => row.organisationId))]);
      return netPositionsOf(asOf, range, paid, received, levelOf);
    });
  }

  private async summaryIn(
    reader: PortfolioReader,
    selection: PortfolioSelection,
    asOf: string,
  ): Promise<PortfolioSummaryModel> {
    const initiatives = await reader.initiatives(selection);
    const ids = initiatives.map((row) => row.id);
    const range = await this.yearRange(reader, ids, selection.filter, asOf);
    const costs = range ? await reader.costs(ids, range) : [];
    const calculators = await reader.calculators(ids, asOf, range?.fromYear);
    return summarise({ asOf, initiatives, range, costs, calculators }, (calculator, years) =>
      this.cache.figuresOf(calculator, years),
    );
  }

  /**
   * The years counted: as asked, or from the first year with a cost or a monetised benefit's baseline to
   * the latest of the last cost year, the last target year and asOf's year. Null when there is nothing.
   */
  private async yearRange(
    reader: PortfolioReader,
    initiativeIds: readonly string[],
    filter: PortfolioConditions,
    asOf: string,
  ): Promise<YearRange | null> {
    const bounds = await reader.yearBounds(initiativeIds);
    const known = (...values: (number | null | undefined)[]): number[] =>
      values.filter((value): value is number => value !== null && value !== undefined);
    const firsts = known(bounds.first_cost, bounds.first_benefit);
    const fromYear = filter.fromYear ?? (firsts.length ? Math.min(...firsts) : null);
    const start = fromYear ?? filter.toYear;
    if (start === null) return null;
    const toYear =
      filter.toYear ?? Math.max(start, yearOf(asOf), ...known(bounds.last_cost, bounds.last_target));
    if (toYear - start > MAX_YEARS)
      throw badInput('filter.toYear', msg('YEARS_AT_ONCE', { max: MAX_YEARS, from: start, to: toYear }));
    return { fromYear: start, toYear };
  }
}
