import type { RagStatus } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { BenefitCalculator, YearFigures } from '../realisation/benefit-figures.js';
import type { PortfolioSummaryModel } from './portfolio-summary.model.js';
import type { YearRange } from './portfolio.repository.js';

/** Summaries kept (the most recently used). */
const MAX_CACHED_SUMMARIES = 200;
/**
 * Initiatives' benefit calculators kept (by initiative, date and first year): a national portfolio has 2,000
 * initiatives, read at most at a few dates and windows at a time.
 */
const MAX_KEPT_INITIATIVES = 8_000;

/** A benefit's RAG status at asOf and its NOK per year in the summary's years. */
export interface BenefitFigures {
  status: RagStatus | null;
  years: YearFigures[];
}

/** Deletes the least recently used entries of a Map (kept in use order) beyond `max`. */
function trim<K, V>(map: Map<K, V>, max: number): void {
  if (map.size > max) map.delete(map.keys().next().value as K);
}

/**
 * What portfolio analytics keep between requests (one per process, both bounded, least recently used out).
 */
@Injectable()
export class PortfolioCache {
  /**
   * Summaries already computed, by selection (the access scope and the filter) and date, each with the
   * change count it was computed at. Every statement that changes a table a summary reads (initiatives,
   * participants, organisations, cost items, benefits, targets, measurements) adds to the count, in its own
   * transaction (trigger analytics_changed, migration 1795421310000), and the count is read in the same
   * snapshot as the data: a kept summary is used only while the count is unchanged, so it is exactly what
   * computing it again would give.
   */
  private readonly summaries = new Map<string, { changes: string; summary: PortfolioSummaryModel }>();

  /**
   * Each initiative's benefit calculators (plans in force and year-end readings) as of a date from a first
   * year, with the stamp they were loaded at (PortfolioReader.benefitStamps: the plan in force and every
   * benefit's figures_version, raised by triggers in the writing transaction). Kept calculators are used
   * only while the stamp read in the answer's snapshot is the same, so an answer after a change loads plans
   * and measurements only for the initiatives whose benefits changed; every process checks its own against
   * the database.
   */
  private readonly calculators = new Map<string, { stamp: string; calculators: BenefitCalculator[] }>();

  /** Each calculator's figures by years (kept while its calculator is kept). */
  private readonly figures = new WeakMap<BenefitCalculator, Map<string, BenefitFigures>>();

  /** The summary kept under `key` if it was computed at change count `changes`. */
  summary(key: string, changes: string): PortfolioSummaryModel | undefined {
    const kept = this.summaries.get(key);
    this.summaries.delete(key);
    if (!kept || kept.changes !== changes) return undefined;
    this.summaries.set(key, kept);
    return kept.summary;
  }

  keepSummary(key: string, changes: string, summary: PortfolioSummaryModel): void {
    this.summaries.set(key, { changes, summary });
    trim(this.summaries, MAX_CACHED_SUMMARIES);
  }

  /**
   * The calculators of the initiatives `stamps` lists (their stamps in this snapshot), as of `asOf` from
   * `fromYear`: kept ones whose stamp is unchanged, the others by `load` (given only the initiatives to load).
   * In the order of `stamps`, each initiative's in the order loaded.
   */
  async calculatorsOf(
    stamps: ReadonlyMap<string, string>,
    asOf: string,
    fromYear: number | undefined,
    load: (initiativeIds: string[]) => Promise<BenefitCalculator[]>,
  ): Promise<BenefitCalculator[]> {
    const keyOf = (id: string) => `${id}|${asOf}|${fromYear ?? ''}`;
    const missing = [...stamps].filter(([id, stamp]) => this.calculators.get(keyOf(id))?.stamp !== stamp);
    if (missing.length) {
      const loaded = new Map<string, BenefitCalculator[]>(missing.map(([id]) => [id, []]));
      for (const calculator of await load(missing.map(([id]) => id)))
        loaded.get(calculator.plan.initiativeId)?.push(calculator);
      for (const [id, stamp] of missing)
        this.calculators.set(keyOf(id), { stamp, calculators: loaded.get(id) ?? [] });
    }
    const result: BenefitCalculator[] = [];
    for (const id of stamps.keys()) {
      const key = keyOf(id);
      const kept = this.calculators.get(key);
      if (!kept) continue;
      // Most recently used last.
      this.calculators.delete(key);
      this.calculators.set(key, kept);
      result.push(...kept.calculators);
    }
    while (this.calculators.size > MAX_KEPT_INITIATIVES) trim(this.calculators, MAX_KEPT_INITIATIVES);
    return result;
  }

  /** A benefit's status and figures per year of `range`, computed once per calculator and years. */
  figuresOf(calculator: BenefitCalculator, range: YearRange | null): BenefitFigures {
    const key = range ? `${range.fromYear}-${range.toYear}` : '';
    let byRange = this.figures.get(calculator);
    if (!byRange) {
      byRange = new Map();
      this.figures.set(calculator, byRange);
    }
    const kept = byRange.get(key);
    if (kept) return kept;
    const figures = {
      years: range ? calculator.years(range.fromYear, range.toYear) : [],
      status: calculator.current().status,
    };
    byRange.set(key, figures);
    // The figures are kept; what the calculator computed them from need not be (memory).
    calculator.release();
    return figures;
  }
}
