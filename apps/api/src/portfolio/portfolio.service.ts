import {
  AdministrativeLevel,
  BenefitStatus,
  LifeEvent,
  RagStatus,
  canSeeFinancialDetail,
  overallRag,
} from '@gevinst/domain';
import {
  type BenefitPosition,
  type CostPosition,
  type NetFigures,
  formatOre,
  formatRatio,
  largestRemainder,
  netPositions,
  parseAmount,
} from '@gevinst/cost-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { type BenefitCalculator, type YearFigures, loadCalculators } from '../benefit/benefit-figures.js';
import { badInput } from '../common/errors.js';
import { todayInNorway, yearOf } from '../common/today.js';
import { PortfolioFilter } from './dto/portfolio-filter.input.js';
import { NetPositionFlag } from './net-position-flag.enum.js';
import type { NetFiguresModel } from './net-figures.model.js';
import type { NetPositionMatrixCellModel } from './net-position-matrix-cell.model.js';
import type { NetPositionsModel } from './net-positions.model.js';
import type { PortfolioFiguresModel } from './portfolio-figures.model.js';
import type { PortfolioSummaryModel } from './portfolio-summary.model.js';
import { type ScopeQuery, scopeQuery } from './portfolio-scope.js';

const MAX_YEARS = 100;
const LEVELS: AdministrativeLevel[] = [
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

interface YearRange {
  fromYear: number;
  toYear: number;
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
 * Portfolio analytics for ministries, computed with SQL aggregates (costs and allocations summed by the
 * database, one latest measurement per benefit and year) and @gevinst/cost-model (realisation, net
 * positions, largest remainder): nothing loads every measurement.
 */
/** Summaries kept (the most recently used). */
const MAX_CACHED_SUMMARIES = 200;
/** Benefits' figures kept (the most recently computed): a national portfolio has 20,000 benefits. */
const MAX_KEPT_BENEFITS = 100_000;

/** A benefit's RAG status at asOf and its NOK per year in the summary's years. */
interface BenefitFigures {
  status: RagStatus | null;
  years: YearFigures[];
}

/**
 * Everything a benefit's figures are computed from: its plan (status, direction, baseline, value per unit,
 * targets), its year-end measurements, asOf and the years. Figures kept under this key are always right,
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
    plan.valuePerUnit ?? '',
    plan.targets.map((t) => `${t.date}=${t.value}`).join(','),
    calculator.measurements.map((m) => `${m.date}=${m.value}`).join(','),
    calculator.asOf,
    range ? `${range.fromYear}-${range.toYear}` : '',
  ].join('|');
}

@Injectable()
export class PortfolioService {
  /**
   * Summaries already computed, by scope (the initiatives' query and parameters, which carry the caller's
   * access), years and date, each with the change count it was computed at. Every statement that changes
   * a table a summary reads (initiatives, participants, organisations, cost items, benefits, targets,
   * measurements) adds to the count, in its own transaction (trigger analytics_changed, migration
   * 1795421310000), and the count is read in the same snapshot as the data: a kept summary is used only
   * while the count is unchanged, so it is exactly what computing it again would give.
   */
  private readonly summaries = new Map<string, { changes: string; summary: PortfolioSummaryModel }>();

  /**
   * Each benefit's figures (figuresKey), so that a summary computed again after a change recomputes the
   * realisation only of the benefits that changed (cost-model's exact arithmetic is most of its time).
   */
  private readonly benefitFigures = new Map<string, BenefitFigures>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private figuresOf(calculator: BenefitCalculator, range: YearRange | null): BenefitFigures {
    const key = figuresKey(calculator, range);
    const kept = this.benefitFigures.get(key);
    if (kept) return kept;
    const figures = {
      years: range ? calculator.years(range.fromYear, range.toYear) : [],
      status: calculator.current().status,
    };
    this.benefitFigures.set(key, figures);
    if (this.benefitFigures.size > MAX_KEPT_BENEFITS)
      this.benefitFigures.delete(this.benefitFigures.keys().next().value as string);
    return figures;
  }

  summary(
    actor: Actor,
    filter: PortfolioFilter | undefined,
    asOfArg?: string | null,
  ): Promise<PortfolioSummaryModel> {
    const asOf = asOfArg ?? todayInNorway();
    const scope = scopeQuery(actor, filter ?? {});
    const key = JSON.stringify([
      scope.sql,
      scope.params,
      filter?.fromYear ?? null,
      filter?.toYear ?? null,
      asOf,
    ]);
    return this.read(async (em) => {
      const [{ changes }] = await em.query<{ changes: string }[]>(
        `SELECT coalesce(sum(changes), 0)::text AS changes FROM analytics_changes`,
      );
      const kept = this.summaries.get(key);
      this.summaries.delete(key);
      if (kept && kept.changes === changes) {
        this.summaries.set(key, kept);
        return kept.summary;
      }
      const summary = await this.summaryIn(em, scope, filter ?? {}, asOf);
      this.summaries.set(key, { changes, summary });
      if (this.summaries.size > MAX_CACHED_SUMMARIES)
        this.summaries.delete(this.summaries.keys().next().value as string);
      return summary;
    });
  }

  netPositions(
    actor: Actor,
    filter: PortfolioFilter | undefined,
    asOfArg?: string | null,
  ): Promise<NetPositionsModel> {
    const asOf = asOfArg ?? todayInNorway();
    const scope = scopeQuery(actor, filter ?? {});
    return this.read((em) => this.netPositionsIn(em, actor, scope, filter ?? {}, asOf));
  }

  /**
   * Runs the reads of one answer in one read-only REPEATABLE READ transaction, so every figure comes from
   * the same snapshot (a measurement recorded meanwhile is in all of them or in none). JIT compilation is
   * off for it: these plans are index probes and hash aggregates whose compile time (a quarter of a second
   * at national scale) exceeds any gain.
   */
  private read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('REPEATABLE READ', async (em) => {
      await em.query('SET TRANSACTION READ ONLY');
      await em.query('SET LOCAL jit = off');
      return work(em);
    });
  }

  private async summaryIn(
    em: EntityManager,
    scope: ScopeQuery,
    filter: PortfolioFilter,
    asOf: string,
  ): Promise<PortfolioSummaryModel> {
    const initiatives = await em.query<
      { id: string; ministry_id: string; life_event: LifeEvent | null; owner_level: AdministrativeLevel }[]
    >(
      `SELECT i.id, i.ministry_id, i.life_event, o.administrative_level AS owner_level
       FROM initiatives i JOIN organisations o ON o.id = i.owner_id
       WHERE i.id IN (${scope.sql}) ORDER BY i.code`,
      scope.params,
    );
    const range = await this.yearRange(em, scope, filter, asOf);
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
      for (const row of await this.costs(em, scope, range)) {
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
    for (const calculator of await loadCalculators(em, scope.sql, scope.params, asOf, range?.fromYear)) {
      const { initiativeId } = calculator.plan;
      const figures = byInitiative.get(initiativeId) as Figures;
      figures.benefits++;
      if (calculator.plan.status === BenefitStatus.CANCELLED) continue;
      const kept = this.figuresOf(calculator, range);
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
    };
  }

  private async netPositionsIn(
    em: EntityManager,
    actor: Actor,
    scope: ScopeQuery,
    filter: PortfolioFilter,
    asOf: string,
  ): Promise<NetPositionsModel> {
    const range = await this.yearRange(em, scope, filter, asOf);
    const result: NetPositionsModel = {
      asOf,
      fromYear: range?.fromYear ?? null,
      toYear: range?.toYear ?? null,
      organisations: [],
      levels: [],
      matrix: [],
      totals: {
        allocatedCostNok: '0.00',
        plannedBenefitNok: '0.00',
        realisedBenefitNok: '0.00',
        plannedNetNok: '0.00',
        realisedNetNok: '0.00',
      },
    };
    if (!range) return result;
    const initiatives = new Map(
      (
        await em.query<{ id: string; owner_id: string; ministry_id: string }[]>(
          `SELECT i.id, i.owner_id, i.ministry_id FROM initiatives i WHERE i.id IN (${scope.sql})`,
          scope.params,
        )
      ).map((row) => [row.id, row]),
    );
    // Only what the caller may see, row by row (canSeeFinancialDetail): every total below is computed from
    // the visible rows alone, so no figure reveals another organisation's allocated cost.
    const visible = (initiativeId: string, organisationId: string): boolean => {
      const initiative = initiatives.get(initiativeId);
      return (
        initiative !== undefined &&
        canSeeFinancialDetail(actor, {
          organisationId,
          initiativeOwnerId: initiative.owner_id,
          initiativeMinistryId: initiative.ministry_id,
        })
      );
    };
    const n = scope.params.length;
    const allocationRows = await em.query<
      { initiative_id: string; organisation_id: string; level: AdministrativeLevel; amount: string }[]
    >(
      `SELECT l.initiative_id, l.organisation_id, o.administrative_level AS level, sum(l.planned_amount)::text AS amount
       FROM allocation_lines l
       JOIN allocation_runs r ON r.id = l.run_id AND r.status = 'CURRENT'
       JOIN organisations o ON o.id = l.organisation_id
       WHERE l.initiative_id IN (${scope.sql}) AND l.year BETWEEN $${n + 1} AND $${n + 2}
       GROUP BY l.initiative_id, l.organisation_id, o.administrative_level`,
      [...scope.params, range.fromYear, range.toYear],
    );
    const costs: (CostPosition & { initiativeId: string })[] = allocationRows
      .filter((row) => visible(row.initiative_id, row.organisation_id))
      .map((row) => ({
        initiativeId: row.initiative_id,
        organisationId: row.organisation_id,
        level: row.level,
        amount: row.amount,
      }));

    const received = new Map<
      string,
      { initiativeId: string; organisationId: string; planned: bigint; realised: bigint }
    >();
    for (const calculator of await loadCalculators(em, scope.sql, scope.params, asOf, range?.fromYear)) {
      const organisationId = calculator.plan.receivingOrganisationId;
      if (organisationId === null || !calculator.monetised) continue;
      if (!visible(calculator.plan.initiativeId, organisationId)) continue;
      const key = `${calculator.plan.initiativeId}|${organisationId}`;
      const sums = received.get(key) ?? {
        initiativeId: calculator.plan.initiativeId,
        organisationId,
        planned: 0n,
        realised: 0n,
      };
      for (const year of calculator.years(range.fromYear, range.toYear)) {
        sums.planned += year.planned;
        sums.realised += year.realised ?? 0n;
      }
      received.set(key, sums);
    }
    const levelOf = await this.levels(em, [
      ...new Set([...received.values()].map((row) => row.organisationId)),
    ]);
    const benefits: (BenefitPosition & { initiativeId: string })[] = [...received.values()].map((row) => ({
      initiativeId: row.initiativeId,
      organisationId: row.organisationId,
      level: levelOf.get(row.organisationId) as AdministrativeLevel,
      planned: formatOre(row.planned),
      realised: formatOre(row.realised),
    }));

    const positions = netPositions(costs, benefits);
    result.organisations = positions.organisations
      .map((position) => ({
        organisationId: position.organisationId,
        level: position.level,
        ...netFigures(position),
      }))
      .sort(
        (a, b) =>
          compareBig(parseAmount(b.allocatedCostNok, 'cost'), parseAmount(a.allocatedCostNok, 'cost')) ||
          compareBig(
            parseAmount(b.plannedBenefitNok, 'benefit', { allowNegative: true }),
            parseAmount(a.plannedBenefitNok, 'benefit', { allowNegative: true }),
          ) ||
          (a.organisationId < b.organisationId ? -1 : 1),
      );
    result.levels = positions.levels.map((position) => ({
      level: position.level,
      organisations: position.organisations,
      ...netFigures(position),
    }));
    result.totals = {
      allocatedCostNok: positions.totals.cost,
      plannedBenefitNok: positions.totals.plannedBenefit,
      realisedBenefitNok: positions.totals.realisedBenefit,
      plannedNetNok: positions.totals.plannedNet,
      realisedNetNok: positions.totals.realisedNet,
    };
    result.matrix = matrix(costs, benefits);
    return result;
  }

  /**
   * The years counted: as asked, or from the first year with a cost or a monetised benefit's baseline to
   * the latest of the last cost year, the last target year and asOf's year. Null when there is nothing.
   */
  private async yearRange(
    em: EntityManager,
    scope: ScopeQuery,
    filter: PortfolioFilter,
    asOf: string,
  ): Promise<YearRange | null> {
    const [bounds] = await em.query<
      {
        first_cost: number | null;
        last_cost: number | null;
        first_benefit: number | null;
        last_target: number | null;
      }[]
    >(
      `SELECT (SELECT min(year) FROM cost_items WHERE initiative_id IN (${scope.sql})) AS first_cost,
              (SELECT max(year) FROM cost_items WHERE initiative_id IN (${scope.sql})) AS last_cost,
              (SELECT min(date_part('year', baseline_date))::int FROM benefits
                WHERE initiative_id IN (${scope.sql}) AND value_per_unit IS NOT NULL AND status <> 'CANCELLED') AS first_benefit,
              (SELECT max(date_part('year', t.target_date))::int FROM benefit_targets t JOIN benefits b ON b.id = t.benefit_id
                WHERE b.initiative_id IN (${scope.sql}) AND b.value_per_unit IS NOT NULL AND b.status <> 'CANCELLED') AS last_target`,
      scope.params,
    );
    const known = (...values: (number | null | undefined)[]): number[] =>
      values.filter((value): value is number => value !== null && value !== undefined);
    const firsts = known(bounds.first_cost, bounds.first_benefit);
    const fromYear = filter.fromYear ?? (firsts.length ? Math.min(...firsts) : null);
    if (fromYear === null && (filter.toYear === undefined || filter.toYear === null)) return null;
    const start = fromYear ?? (filter.toYear as number);
    const toYear =
      filter.toYear ?? Math.max(start, yearOf(asOf), ...known(bounds.last_cost, bounds.last_target));
    if (toYear - start > MAX_YEARS)
      throw badInput(
        'filter.toYear',
        `at most ${MAX_YEARS} years at once (${start}–${toYear}): send fromYear and toYear`,
      );
    return { fromYear: start, toYear };
  }

  private costs(
    em: EntityManager,
    scope: ScopeQuery,
    range: YearRange,
  ): Promise<{ initiative_id: string; year: number; planned: string; actual: string | null }[]> {
    const n = scope.params.length;
    return em.query(
      `SELECT initiative_id, year, sum(planned_amount)::text AS planned, sum(actual_amount)::text AS actual
       FROM cost_items
       WHERE initiative_id IN (${scope.sql}) AND year BETWEEN $${n + 1} AND $${n + 2}
       GROUP BY initiative_id, year`,
      [...scope.params, range.fromYear, range.toYear],
    );
  }

  private async levels(em: EntityManager, ids: string[]): Promise<Map<string, AdministrativeLevel>> {
    if (!ids.length) return new Map();
    const rows = await em.query<{ id: string; administrative_level: AdministrativeLevel }[]>(
      `SELECT id, administrative_level FROM organisations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.administrative_level]));
  }
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

function netFigures(position: NetFigures): NetFiguresModel {
  const flags: NetPositionFlag[] = [];
  if (position.paysWithoutBenefit) flags.push(NetPositionFlag.PAYS_WITHOUT_BENEFIT);
  if (position.benefitsWithoutPaying) flags.push(NetPositionFlag.BENEFITS_WITHOUT_PAYING);
  return {
    allocatedCostNok: position.cost,
    plannedBenefitNok: position.plannedBenefit,
    realisedBenefitNok: position.realisedBenefit,
    plannedNetNok: position.plannedNet,
    realisedNetNok: position.realisedNet,
    costShare: position.costShare,
    benefitShare: position.benefitShare,
    flags,
  };
}

/**
 * "Who pays versus who benefits" by administrative level. Within each initiative, each level's planned and
 * realised benefits are split over the paying levels by what they pay, and each paying level's cost over
 * the benefiting levels by their planned benefits above zero — exactly, by cost-model's largest remainder —
 * then summed over the initiatives. An initiative without allocated cost puts its benefits in the row
 * "no payer" (null); one without planned benefits above zero puts its cost in the column "no beneficiary".
 */
function matrix(
  costs: readonly (CostPosition & { initiativeId: string })[],
  benefits: readonly (BenefitPosition & { initiativeId: string })[],
): NetPositionMatrixCellModel[] {
  interface PerInitiative {
    cost: Map<AdministrativeLevel, bigint>;
    planned: Map<AdministrativeLevel, bigint>;
    realised: Map<AdministrativeLevel, bigint>;
  }
  const initiatives = new Map<string, PerInitiative>();
  const of = (id: string): PerInitiative => {
    let found = initiatives.get(id);
    if (!found) {
      found = { cost: new Map(), planned: new Map(), realised: new Map() };
      initiatives.set(id, found);
    }
    return found;
  };
  const bump = (map: Map<AdministrativeLevel, bigint>, level: AdministrativeLevel, amount: bigint) =>
    map.set(level, (map.get(level) ?? 0n) + amount);
  for (const row of costs) bump(of(row.initiativeId).cost, row.level, parseAmount(row.amount, 'amount'));
  for (const row of benefits) {
    bump(
      of(row.initiativeId).planned,
      row.level,
      parseAmount(row.planned, 'planned', { allowNegative: true }),
    );
    bump(
      of(row.initiativeId).realised,
      row.level,
      parseAmount(row.realised, 'realised', { allowNegative: true }),
    );
  }

  const cells = new Map<
    string,
    {
      payer: AdministrativeLevel | null;
      beneficiary: AdministrativeLevel | null;
      cost: bigint;
      planned: bigint;
      realised: bigint;
    }
  >();
  const cell = (payer: AdministrativeLevel | null, beneficiary: AdministrativeLevel | null) => {
    const key = `${payer ?? ''}|${beneficiary ?? ''}`;
    let found = cells.get(key);
    if (!found) {
      found = { payer, beneficiary, cost: 0n, planned: 0n, realised: 0n };
      cells.set(key, found);
    }
    return found;
  };
  for (const { cost, planned, realised } of initiatives.values()) {
    const payers = [...cost.entries()].filter(([, amount]) => amount > 0n);
    const beneficiaryWeights = [...planned.entries()].filter(([, amount]) => amount > 0n);
    for (const [level, amount] of payers) {
      for (const [beneficiary, part] of split(amount, beneficiaryWeights))
        cell(level, beneficiary).cost += part;
    }
    const benefitLevels = new Set([...planned.keys(), ...realised.keys()]);
    for (const level of benefitLevels) {
      for (const [payer, part] of split(planned.get(level) ?? 0n, payers)) cell(payer, level).planned += part;
      for (const [payer, part] of split(realised.get(level) ?? 0n, payers))
        cell(payer, level).realised += part;
    }
  }
  return [...cells.values()]
    .filter((c) => c.cost !== 0n || c.planned !== 0n || c.realised !== 0n)
    .sort(
      (a, b) =>
        rank(LEVELS, a.payer) - rank(LEVELS, b.payer) ||
        rank(LEVELS, a.beneficiary) - rank(LEVELS, b.beneficiary),
    )
    .map((c) => ({
      payerLevel: c.payer,
      beneficiaryLevel: c.beneficiary,
      costNok: formatOre(c.cost),
      plannedBenefitNok: formatOre(c.planned),
      realisedBenefitNok: formatOre(c.realised),
    }));
}

/** Splits øre (of either sign) by positive weights, exactly; with no weights, all of it goes to null. */
function split(
  amount: bigint,
  weights: readonly [AdministrativeLevel, bigint][],
): [AdministrativeLevel | null, bigint][] {
  if (amount === 0n) return [];
  if (!weights.length) return [[null, amount]];
  const negative = amount < 0n;
  const parts = largestRemainder(
    negative ? -amount : amount,
    weights.map(([level, weight]) => ({ id: level, weight, driver: 0n })),
  );
  return weights.map(([level], index) => [level, negative ? -parts.amounts[index] : parts.amounts[index]]);
}

function rank<T>(order: readonly T[], value: T | null): number {
  if (value === null) return order.length + 1;
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}

function compareBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
