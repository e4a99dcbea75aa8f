import { AdministrativeLevel, BenefitStatus, LifeEvent, RagStatus, overallRag } from '@gevinst/domain';
import { formatOre, formatRatio, parseAmount } from '@gevinst/cost-model';
import type { BenefitCalculator } from '../realisation/benefit-figures.js';
import { yearOf } from '../common/today.js';
import type { BenefitFigures } from './portfolio-cache.js';
import type { PortfolioFiguresModel } from './portfolio-figures.model.js';
import type { PortfolioSummaryModel } from './portfolio-summary.model.js';
import type { CostYearSumRow, PortfolioInitiativeRow, YearRange } from './portfolio.repository.js';

export const LEVELS: AdministrativeLevel[] = [
  AdministrativeLevel.CENTRAL,
  AdministrativeLevel.REGIONAL,
  AdministrativeLevel.LOCAL,
];
const LIFE_EVENTS = Object.values(LifeEvent);

/** Sums of a set of initiatives, in øre. */
interface Figures {
  initiatives: number;
  benefits: number;
  plannedCost: bigint;
  actualCost: bigint;
  plannedBenefit: bigint;
  plannedToDate: bigint;
  realised: bigint;
  /** Benefits (not cancelled) by their status. */
  rag: RagTally;
  /** Initiatives by their overall status (overallRag: the worst of their benefits not cancelled). */
  initiativeRag: RagTally;
}

interface RagTally {
  green: number;
  amber: number;
  red: number;
  notAssessed: number;
}

interface YearSums {
  plannedCost: bigint;
  actualCost: bigint | null;
  plannedBenefit: bigint;
  realised: bigint | null;
}

/** What a summary is computed from: the portfolio repository's rows and the benefits' calculators. */
export interface SummaryInputs {
  asOf: string;
  /** The selected initiatives, by code. */
  initiatives: readonly PortfolioInitiativeRow[];
  /** The window of the answer (every year shown in byYear). */
  range: YearRange | null;
  /** An initiative's analysis period within the window (null: none of its years are counted). */
  rangeOf: (initiativeId: string) => YearRange | null;
  /** Cost items summed by initiative and year, within each initiative's range. */
  costs: readonly CostYearSumRow[];
  calculators: readonly BenefitCalculator[];
}

const noRag = (): RagTally => ({ green: 0, amber: 0, red: 0, notAssessed: 0 });

const empty = (): Figures => ({
  initiatives: 0,
  benefits: 0,
  plannedCost: 0n,
  actualCost: 0n,
  plannedBenefit: 0n,
  plannedToDate: 0n,
  realised: 0n,
  rag: noRag(),
  initiativeRag: noRag(),
});

/**
 * A portfolio's summary: costs (summed by the database) and benefits (realisation by @gevinst/cost-model,
 * one latest measurement per benefit and year) per initiative, added up in øre into the totals, the years
 * and the breakdowns by ministry, life event and the owner's level. `figuresOf` gives a benefit's figures
 * (PortfolioCache keeps them between summaries).
 */
export function summarise(
  { asOf, initiatives, range, rangeOf, costs, calculators }: SummaryInputs,
  figuresOf: (calculator: BenefitCalculator, range: YearRange | null) => BenefitFigures,
): PortfolioSummaryModel {
  /** Each initiative's worst status so far among its benefits that are not cancelled. */
  const worst = new Map<string, RagStatus | null>();
  const byInitiative = new Map<string, Figures>(
    initiatives.map((i) => [i.id, { ...empty(), initiatives: 1 }]),
  );
  const byYear = new Map<number, YearSums>();
  if (range) {
    const asOfYear = yearOf(asOf);
    for (let year = range.fromYear; year <= range.toYear; year++)
      byYear.set(year, {
        plannedCost: 0n,
        actualCost: null,
        plannedBenefit: 0n,
        realised: year <= asOfYear ? 0n : null,
      });
    for (const row of costs) {
      const figures = byInitiative.get(row.initiative_id) as Figures;
      const year = byYear.get(row.year) as YearSums;
      const planned = parseAmount(row.planned, 'planned');
      figures.plannedCost += planned;
      year.plannedCost += planned;
      if (row.actual !== null) {
        const actual = parseAmount(row.actual, 'actual');
        figures.actualCost += actual;
        year.actualCost = (year.actualCost ?? 0n) + actual;
      }
    }
  }
  for (const calculator of calculators) {
    const { initiativeId } = calculator.plan;
    const figures = byInitiative.get(initiativeId) as Figures;
    figures.benefits++;
    if (calculator.plan.status === BenefitStatus.CANCELLED) continue;
    // The benefit's years: its initiative's analysis period within the window (the same as economics).
    const kept = figuresOf(calculator, rangeOf(initiativeId));
    for (const year of kept.years) {
      figures.plannedBenefit += year.planned;
      figures.plannedToDate += year.plannedToDate;
      figures.realised += year.realised ?? 0n;
      const sums = byYear.get(year.year) as YearSums;
      sums.plannedBenefit += year.planned;
      if (sums.realised !== null) sums.realised += year.realised ?? 0n;
    }
    tally(figures.rag, kept.status);
    worst.set(initiativeId, overallRag([worst.get(initiativeId) ?? null, kept.status]));
  }
  for (const [id, figures] of byInitiative) tally(figures.initiativeRag, worst.get(id) ?? null);

  const total = empty();
  const ministries = new Map<string, Figures>();
  const lifeEvents = new Map<LifeEvent | null, Figures>();
  const levels = new Map<AdministrativeLevel, Figures>();
  for (const initiative of initiatives) {
    const figures = byInitiative.get(initiative.id) as Figures;
    add(total, figures);
    add(entry(ministries, initiative.ministry_id), figures);
    add(entry(lifeEvents, initiative.life_event), figures);
    add(entry(levels, initiative.owner_level), figures);
  }
  return {
    ...toModel(total),
    asOf,
    fromYear: range?.fromYear ?? null,
    toYear: range?.toYear ?? null,
    byYear: [...byYear.entries()].map(([year, sums]) => ({
      year,
      plannedCostNok: formatOre(sums.plannedCost),
      actualCostNok: sums.actualCost === null ? null : formatOre(sums.actualCost),
      plannedBenefitNok: formatOre(sums.plannedBenefit),
      realisedBenefitNok: sums.realised === null ? null : formatOre(sums.realised),
    })),
    byMinistry: [...ministries.entries()]
      .sort(([a, x], [b, y]) => compareBig(y.plannedCost, x.plannedCost) || (a < b ? -1 : a > b ? 1 : 0))
      .map(([ministryId, figures]) => ({ ministryId, ...toModel(figures) })),
    byLifeEvent: [...lifeEvents.entries()]
      .sort(([a], [b]) => rank(LIFE_EVENTS, a) - rank(LIFE_EVENTS, b))
      .map(([lifeEvent, figures]) => ({ lifeEvent, ...toModel(figures) })),
    byAdministrativeLevel: [...levels.entries()]
      .sort(([a], [b]) => rank(LEVELS, a) - rank(LEVELS, b))
      .map(([level, figures]) => ({ level, ...toModel(figures) })),
    byInitiative: initiatives.map((initiative) => ({
      initiativeId: initiative.id,
      code: initiative.code,
      name: initiative.name,
      ...toModel(byInitiative.get(initiative.id) as Figures),
    })),
  };
}

function tally(counts: RagTally, status: RagStatus | null): void {
  if (status === RagStatus.GREEN) counts.green++;
  else if (status === RagStatus.AMBER) counts.amber++;
  else if (status === RagStatus.RED) counts.red++;
  else counts.notAssessed++;
}

function entry<K>(map: Map<K, Figures>, key: K): Figures {
  const found = map.get(key);
  if (found) return found;
  const created = empty();
  map.set(key, created);
  return created;
}

function add(into: Figures, from: Figures): void {
  into.initiatives += from.initiatives;
  into.benefits += from.benefits;
  into.plannedCost += from.plannedCost;
  into.actualCost += from.actualCost;
  into.plannedBenefit += from.plannedBenefit;
  into.plannedToDate += from.plannedToDate;
  into.realised += from.realised;
  addTally(into.rag, from.rag);
  addTally(into.initiativeRag, from.initiativeRag);
}

function addTally(into: RagTally, from: RagTally): void {
  into.green += from.green;
  into.amber += from.amber;
  into.red += from.red;
  into.notAssessed += from.notAssessed;
}

function toModel(figures: Figures): PortfolioFiguresModel {
  return {
    initiativeCount: figures.initiatives,
    benefitCount: figures.benefits,
    plannedCostNok: formatOre(figures.plannedCost),
    actualCostNok: formatOre(figures.actualCost),
    plannedBenefitNok: formatOre(figures.plannedBenefit),
    plannedBenefitToDateNok: formatOre(figures.plannedToDate),
    realisedBenefitNok: formatOre(figures.realised),
    realisationPercent:
      figures.plannedToDate > 0n ? formatRatio(figures.realised * 100n, figures.plannedToDate, 2) : null,
    rag: { ...figures.rag },
    initiativeRag: { ...figures.initiativeRag },
  };
}

/** The position of `value` in `order`; unknown values after the known, null last. */
export function rank<T>(order: readonly T[], value: T | null): number {
  if (value === null) return order.length + 1;
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}

export function compareBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
