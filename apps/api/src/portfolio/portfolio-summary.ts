import { AdministrativeLevel, BenefitStatus, LifeEvent, RagStatus, overallRag } from '@gevinst/domain';
import { formatOre, formatRatio, parseAmount } from '@gevinst/cost-model';
import type { BenefitCalculator, YearFigures } from '../realisation/benefit-figures.js';
import { yearOf } from '../common/today.js';
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

/**
 * One initiative's benefits summed over a range of years (its analysis period within the window): what a
 * summary needs of them, and all that PortfolioCache keeps between answers (not the plans and readings).
 */
export interface InitiativeBenefitSums {
  /** Every benefit, cancelled ones too. */
  benefits: number;
  /** Benefits not cancelled by their status at asOf. */
  rag: RagTally;
  /** The worst status of the benefits not cancelled (overallRag); null: none assessed. */
  worst: RagStatus | null;
  /** Per year of the range, ascending, the benefits not cancelled added up (a null realised counts 0). */
  years: YearFigures[];
}

/**
 * The sums of one initiative's benefits (`calculators`, every one of its benefits) over `range` (null: no
 * year counted, statuses only): each benefit not cancelled adds its status and its NOK per year (the
 * realisation definition, realisation/benefit-figures.ts); a cancelled one is only counted.
 */
export function initiativeBenefitSums(
  calculators: readonly BenefitCalculator[],
  range: YearRange | null,
): InitiativeBenefitSums {
  const sums: InitiativeBenefitSums = { benefits: 0, rag: noRag(), worst: null, years: [] };
  if (range)
    for (let year = range.fromYear; year <= range.toYear; year++)
      sums.years.push({ year, planned: 0n, plannedToDate: 0n, realised: 0n });
  for (const calculator of calculators) {
    sums.benefits++;
    if (calculator.plan.status === BenefitStatus.CANCELLED) continue;
    if (range)
      for (const year of calculator.years(range.fromYear, range.toYear)) {
        const into = sums.years[year.year - range.fromYear];
        into.planned += year.planned;
        into.plannedToDate += year.plannedToDate;
        into.realised = (into.realised ?? 0n) + (year.realised ?? 0n);
      }
    const status = calculator.status();
    tally(sums.rag, status);
    sums.worst = overallRag([sums.worst, status]);
  }
  return sums;
}

/**
 * One initiative's part of a summary: its figures (costs and benefits over its range) and, per year of its
 * range, its costs and benefits, in øre, with its figures formatted for its byInitiative row. Computed from
 * its cost sums and its benefit sums only, so PortfolioCache keeps it while both are unchanged.
 */
export interface InitiativeContribution {
  figures: Figures;
  /** Per year of the initiative's range, ascending. */
  years: YearSums[];
  /** `figures` as a byInitiative row has them (without the initiative's id, code and name). */
  model: PortfolioFiguresModel;
}

interface YearSums {
  year: number;
  plannedCost: bigint;
  /** null: no actual cost given */
  actualCost: bigint | null;
  plannedBenefit: bigint;
  /** a null realised counts 0 (whether the year is realised yet is the summary's: asOf's year) */
  realised: bigint;
}

/**
 * An initiative's contribution (InitiativeContribution) from its cost items summed by year (those within
 * `range` count: its analysis period within the window; null: no year counted) and its benefits' sums over the same range
 * (absent: no benefit).
 */
export function initiativeContribution(
  costs: readonly CostYearSumRow[],
  benefits: InitiativeBenefitSums | undefined,
  range: YearRange | null,
): InitiativeContribution {
  const figures: Figures = { ...empty(), initiatives: 1 };
  const years: YearSums[] = [];
  if (range)
    for (let year = range.fromYear; year <= range.toYear; year++)
      years.push({ year, plannedCost: 0n, actualCost: null, plannedBenefit: 0n, realised: 0n });
  for (const row of costs) {
    if (!range || row.year < range.fromYear || row.year > range.toYear) continue;
    const year = years[row.year - range.fromYear];
    const planned = parseAmount(row.planned, 'planned');
    figures.plannedCost += planned;
    year.plannedCost += planned;
    if (row.actual !== null) {
      const actual = parseAmount(row.actual, 'actual');
      figures.actualCost += actual;
      year.actualCost = (year.actualCost ?? 0n) + actual;
    }
  }
  if (benefits) {
    figures.benefits = benefits.benefits;
    // The benefits' years: the initiative's analysis period within the window (the same as economics).
    for (const year of benefits.years) {
      figures.plannedBenefit += year.planned;
      figures.plannedToDate += year.plannedToDate;
      figures.realised += year.realised ?? 0n;
      const into = years[year.year - (range?.fromYear ?? 0)];
      into.plannedBenefit += year.planned;
      into.realised += year.realised ?? 0n;
    }
    addTally(figures.rag, benefits.rag);
  }
  tally(figures.initiativeRag, benefits?.worst ?? null);
  return { figures, years, model: toModel(figures) };
}

/** What a summary is computed from: the initiatives and each one's contribution. */
export interface SummaryInputs {
  asOf: string;
  /** The selected initiatives, by code. */
  initiatives: readonly PortfolioInitiativeRow[];
  /** The window of the answer (every year shown in byYear), containing every initiative's range. */
  range: YearRange | null;
  /** Each initiative's contribution (initiativeContribution), every initiative's. */
  contributions: ReadonlyMap<string, InitiativeContribution>;
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
 * one latest measurement per benefit and year, summed per initiative by initiativeBenefitSums), each
 * initiative's as its contribution, added up in øre into the totals, the years and the breakdowns by
 * ministry, life event and the owner's level.
 */
export function summarise({ asOf, initiatives, range, contributions }: SummaryInputs): PortfolioSummaryModel {
  const byYear = new Map<
    number,
    { plannedCost: bigint; actualCost: bigint | null; plannedBenefit: bigint; realised: bigint | null }
  >();
  if (range) {
    const asOfYear = yearOf(asOf);
    for (let year = range.fromYear; year <= range.toYear; year++)
      byYear.set(year, {
        plannedCost: 0n,
        actualCost: null,
        plannedBenefit: 0n,
        realised: year <= asOfYear ? 0n : null,
      });
    for (const contribution of contributions.values())
      for (const year of contribution.years) {
        const sums = byYear.get(year.year) as NonNullable<ReturnType<typeof byYear.get>>;
        sums.plannedCost += year.plannedCost;
        if (year.actualCost !== null) sums.actualCost = (sums.actualCost ?? 0n) + year.actualCost;
        sums.plannedBenefit += year.plannedBenefit;
        if (sums.realised !== null) sums.realised += year.realised;
      }
  }

  const total = empty();
  const ministries = new Map<string, Figures>();
  const lifeEvents = new Map<LifeEvent | null, Figures>();
  const levels = new Map<AdministrativeLevel, Figures>();
  for (const initiative of initiatives) {
    const { figures } = contributions.get(initiative.id) as InitiativeContribution;
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
      ...(contributions.get(initiative.id) as InitiativeContribution).model,
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
