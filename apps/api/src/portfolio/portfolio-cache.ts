import type { RagStatus } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { BenefitCalculator, YearFigures } from '../realisation/benefit-figures.js';
import type { PortfolioSummaryModel } from './portfolio-summary.model.js';
import type { YearRange } from './portfolio.repository.js';

/** Summaries kept (the most recently used). */
const MAX_CACHED_SUMMARIES = 200;
/** Benefits' figures kept (the most recently computed): a national portfolio has 20,000 benefits. */
const MAX_KEPT_BENEFITS = 100_000;

/** A benefit's RAG status at asOf and its NOK per year in the summary's years. */
export interface BenefitFigures {
  status: RagStatus | null;
  years: YearFigures[];
}

/**
 * Everything a benefit's figures are computed from: its plan (status, direction, baseline, value per unit,
 * targets, effect start and indicator kind), its year-end readings, asOf and the years. Figures kept under this key are always right,
 * and a benefit that changed simply gets a new key.
 */
function figuresKey(calculator: BenefitCalculator, range: YearRange | null): string {
  const { plan } = calculator;
  return [
    plan.id,
    plan.status,
    plan.direction,
    plan.baselineDate,
    plan.baselineValue,
    plan.effectStart ?? '',
    plan.indicatorKind ?? '',
    plan.valuePerUnit ?? '',
    plan.targets.map((t) => `${t.date}=${t.value}`).join(','),
    calculator.measurements.map((m) => `${m.date}=${m.value}`).join(','),
    calculator.asOf,
    range ? `${range.fromYear}-${range.toYear}` : '',
  ].join('|');
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
   * Each benefit's figures (figuresKey), so that a summary computed again after a change recomputes the
   * realisation only of the benefits that changed (cost-model's exact arithmetic is most of its time).
   */
  private readonly benefitFigures = new Map<string, BenefitFigures>();

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

  /** A benefit's status and figures per year of `range`, computed once per plan, measurements and years. */
  figuresOf(calculator: BenefitCalculator, range: YearRange | null): BenefitFigures {
    const key = figuresKey(calculator, range);
    const kept = this.benefitFigures.get(key);
    if (kept) return kept;
    const figures = {
      years: range ? calculator.years(range.fromYear, range.toYear) : [],
      status: calculator.current().status,
    };
    this.benefitFigures.set(key, figures);
    trim(this.benefitFigures, MAX_KEPT_BENEFITS);
    return figures;
  }
}
