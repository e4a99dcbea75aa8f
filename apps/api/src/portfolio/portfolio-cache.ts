import { Injectable } from '@nestjs/common';
import { yearOf } from '../common/today.js';
import type { BenefitCalculator } from '../realisation/benefit-figures.js';
import {
  type InitiativeBenefitSums,
  type InitiativeContribution,
  initiativeBenefitSums,
} from './portfolio-summary.js';
import type { PortfolioSummaryModel } from './portfolio-summary.model.js';
import type { YearRange } from './portfolio.repository.js';

/** Summaries kept (the most recently used). */
const MAX_CACHED_SUMMARIES = 200;
/** Dates whose benefit sums are kept (the most recently used): today, and a few asked for explicitly. */
const MAX_KEPT_DATES = 4;
/** Initiatives whose benefit sums are kept per date (a national portfolio has 2,000). */
const MAX_KEPT_INITIATIVES = 20_000;
/** Initiatives whose plans and readings are loaded at once (two statements a batch). */
const LOAD_BATCH = 250;
/** Ranges of years kept per initiative and date (its own period, and a few year filters). */
const MAX_KEPT_RANGES = 8;

/** One initiative whose benefit sums an answer needs: its stamp in the answer's snapshot and its range. */
export interface InitiativeBenefitsWanted {
  id: string;
  /** InitiativeFacts.stamp: the plan in force and every benefit's figures_version */
  stamp: string;
  /** its analysis period within the window (null: no year counted) */
  range: YearRange | null;
}

/** An initiative's benefit sums at one date, by range, as computed at one stamp. */
interface KeptBenefits {
  stamp: string;
  /** by rangeKey, least recently used first */
  sums: Map<number, InitiativeBenefitSums>;
}

const rangeKey = (range: YearRange | null): number => (range ? range.fromYear * 10_000 + range.toYear : 0);

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
   * change count it was computed at. Every transaction that changes a table a summary reads (initiatives,
   * participants, organisations, cost items, benefits, targets, measurements) adds to the count, in that
   * transaction (trigger analytics_changed, migrations 1795421310000 and 1795423895000), and the count is read in the same
   * snapshot as the data: a kept summary is used only while the count is unchanged, so it is exactly what
   * computing it again would give.
   */
  private readonly summaries = new Map<string, { changes: string; summary: PortfolioSummaryModel }>();

  /**
   * Each initiative's benefits summed per range of years (InitiativeBenefitSums), by date and initiative,
   * with the stamp they were computed at (InitiativeFacts.stamp: the plan in force and every benefit's
   * figures_version, raised by triggers in the writing transaction). Kept sums are used only while the
   * stamp read in the answer's snapshot is the same, so an answer after a change loads plans and
   * measurements only for the initiatives whose benefits changed; every process checks its own against the
   * database. Only the sums are kept (a few years of three numbers per initiative), not the plans and
   * readings they were computed from.
   */
  private readonly benefits = new Map<string, Map<string, KeptBenefits>>();

  /**
   * Each initiative's contribution to a summary, kept with its benefit sums (while they are kept) and the
   * cost text it was computed from (InitiativeFacts.costText): an answer after a change adds up the kept
   * contributions of the initiatives whose costs and benefits are unchanged.
   */
  private readonly contributions = new WeakMap<
    InitiativeBenefitSums,
    { costText: string | null; contribution: InitiativeContribution }
  >();

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
   * An initiative's contribution from its benefit sums `sums` and its costs `costText`: the kept one when
   * both are the same, otherwise `compute`d and kept.
   */
  contributionOf(
    sums: InitiativeBenefitSums,
    costText: string | null,
    compute: () => InitiativeContribution,
  ): InitiativeContribution {
    const kept = this.contributions.get(sums);
    if (kept?.costText === costText) return kept.contribution;
    const contribution = compute();
    this.contributions.set(sums, { costText, contribution });
    return contribution;
  }

  /**
   * The benefit sums of the initiatives `wanted` as of `asOf`, each over its range: kept ones whose stamp is
   * unchanged, the others computed from calculators `load` gives (asked only for those initiatives, with a
   * first year no later than any of their ranges'), which are not kept.
   */
  async benefitSumsOf(
    wanted: readonly InitiativeBenefitsWanted[],
    asOf: string,
    load: (initiativeIds: string[], fromYear: number) => Promise<BenefitCalculator[]>,
  ): Promise<Map<string, InitiativeBenefitSums>> {
    let byId = this.benefits.get(asOf);
    this.benefits.delete(asOf);
    if (!byId) byId = new Map();
    this.benefits.set(asOf, byId);
    trim(this.benefits, MAX_KEPT_DATES);

    const result = new Map<string, InitiativeBenefitSums>();
    const missing: InitiativeBenefitsWanted[] = [];
    for (const initiative of wanted) {
      const kept = byId.get(initiative.id);
      const sums = kept?.stamp === initiative.stamp ? kept.sums.get(rangeKey(initiative.range)) : undefined;
      if (sums) result.set(initiative.id, sums);
      else missing.push(initiative);
    }
    if (!missing.length) return result;

    // In batches, so that only one batch's plans and readings are in memory at a time (the first answer of
    // a day loads every benefit: 20,000 at national scale).
    for (let start = 0; start < missing.length; start += LOAD_BATCH)
      await this.computeSums(byId, missing.slice(start, start + LOAD_BATCH), asOf, load, result);
    while (byId.size > MAX_KEPT_INITIATIVES) trim(byId, MAX_KEPT_INITIATIVES);
    return result;
  }

  /** Loads the calculators of `batch`, sums them and keeps the sums. */
  private async computeSums(
    byId: Map<string, KeptBenefits>,
    batch: readonly InitiativeBenefitsWanted[],
    asOf: string,
    load: (initiativeIds: string[], fromYear: number) => Promise<BenefitCalculator[]>,
    result: Map<string, InitiativeBenefitSums>,
  ): Promise<void> {
    // The year-end readings from the earliest year any of them counts (the same figures for a later range).
    const fromYear = Math.min(yearOf(asOf), ...batch.map(({ range }) => range?.fromYear ?? Infinity));
    const loaded = new Map<string, BenefitCalculator[]>(batch.map(({ id }) => [id, []]));
    for (const calculator of await load(
      batch.map(({ id }) => id),
      fromYear,
    ))
      loaded.get(calculator.plan.initiativeId)?.push(calculator);
    for (const { id, stamp, range } of batch) {
      const sums = initiativeBenefitSums(loaded.get(id) ?? [], range);
      result.set(id, sums);
      let kept = byId.get(id);
      if (kept?.stamp !== stamp) {
        kept = { stamp, sums: new Map() };
        byId.set(id, kept);
      }
      kept.sums.set(rangeKey(range), sums);
      trim(kept.sums, MAX_KEPT_RANGES);
    }
  }
}
