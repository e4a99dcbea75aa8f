import {
  BenefitCategory,
  BenefitStatus,
  IndicatorDirection,
  IndicatorKind,
  type RagStatus,
  overallRag,
} from '@gevinst/domain';
import {
  type BenefitInput,
  type IndicatorValue,
  type RealisationResult,
  type Valuation,
  parseAmount,
  prepareValuation,
  realisation,
  realisationStatus,
  valueYears,
} from '@gevinst/cost-model';
import type { EntityManager } from 'typeorm';
import { trimDecimal } from '../common/decimal.js';
import { yearOf } from '../common/today.js';

/**
 * How benefits turn into NOK per year — one definition shared by initiative economics, portfolioSummary,
 * netPositions, the co-financing report and the initiatives' RAG filter, all through @gevinst/cost-model's
 * `realisation`. It reads benefits and measurements but imports no feature, so it sits in its own folder
 * below benefit/ and initiative/ (which both use it; inside benefit/ it made initiative/ depend on benefit/
 * and benefit/ on initiative/).
 *
 * - The arithmetic is @gevinst/cost-model's valuation (libs/cost-model/src/valuation.ts), time-weighted
 *   from the benefit's effect start (default its baseline date): for a RATE indicator (hours a year, users)
 *   plannedNok(Y) = the planned improvement averaged over the days of Y × value per unit, with the plan 0
 *   until the effect start, then linear to the first target, between targets, flat after the last;
 *   realisedNok(Y) the same from the current measurements (straight lines between them, held at the last up
 *   to asOf, null after asOf's year); PERIOD_TOTAL indicators value a year at its total (the plan on 31
 *   December, the measurement dated in the year).
 * - plannedToDateNok(Y) = plannedNok(Y) for years before asOf's year, the plan accrued from 1 January
 *   through asOf in asOf's year, 0 after: what the realised figures are compared with (realisation percent).
 * - Dis-benefits count negative (their planned improvement is negative); nothing is clipped at zero.
 * - CANCELLED benefits count nothing; NON_MONETISED benefits (no value per unit) count nothing in NOK but
 *   still have a RAG status.
 */

export interface BenefitPlan {
  id: string;
  initiativeId: string;
  category: BenefitCategory;
  status: BenefitStatus;
  isDisBenefit: boolean;
  receivingOrganisationId: string | null;
  direction: IndicatorDirection;
  baselineDate: string;
  baselineValue: string;
  /** the date the effect can begin; null or absent: the baseline date */
  effectStart?: string | null;
  /** absent: RATE */
  indicatorKind?: IndicatorKind;
  valuePerUnit: string | null;
  /** by date, ascending */
  targets: IndicatorValue[];
}

export interface YearFigures {
  year: number;
  /** øre */
  planned: bigint;
  /** øre */
  plannedToDate: bigint;
  /** øre; null after asOf's year */
  realised: bigint | null;
}

export function toBenefitInput(
  plan: Pick<BenefitPlan, 'direction' | 'baselineDate' | 'baselineValue' | 'valuePerUnit' | 'targets'>,
): BenefitInput {
  return {
    baseline: { date: plan.baselineDate, value: plan.baselineValue },
    direction: plan.direction,
    targets: plan.targets,
    valuePerUnit: plan.valuePerUnit,
  };
}

/** NOK text from cost-model ("-1234.50") → øre; null stays null. */
export function oreOf(nok: string | null): bigint | null {
  return nok === null ? null : parseAmount(nok, 'nok', { allowNegative: true });
}

/**
 * The realisation figures of one benefit: at asOf (cost-model's `realisation`, for its RAG status) and per
 * year (cost-model's time-weighted `valueYears`; the benefit and its measurements are read once).
 */
export class BenefitCalculator {
  private readonly input: BenefitInput;
  private now: RealisationResult | null = null;
  private statusNow: RagStatus | null | undefined = undefined;
  private valuation: Valuation | null = null;

  /**
   * @param measurements current measurement versions on or before `asOf`, ascending by date: every one in
   *   the years asked for, and the latest before them
   */
  constructor(
    readonly plan: BenefitPlan,
    readonly measurements: readonly IndicatorValue[],
    readonly asOf: string,
  ) {
    this.input = toBenefitInput(plan);
  }

  get monetised(): boolean {
    return this.plan.valuePerUnit !== null && this.plan.status !== BenefitStatus.CANCELLED;
  }

  /** The benefit's realisation at asOf (its RAG status). */
  current(): RealisationResult {
    this.now ??= realisation(this.input, this.measurements, this.asOf);
    return this.now;
  }

  /** The benefit's RAG status at asOf: `current().status`, without the rest of `current()`'s texts. */
  status(): RagStatus | null {
    if (this.now !== null) return this.now.status;
    if (this.statusNow === undefined)
      this.statusNow = realisationStatus(this.input, this.measurements, this.asOf);
    return this.statusNow;
  }

  /** Planned and realised NOK per year from `fromYear` to `toYear` (see the definition above). */
  years(fromYear: number, toYear: number): YearFigures[] {
    if (!this.monetised) return [];
    this.valuation ??= prepareValuation(
      { ...this.input, effectStart: this.plan.effectStart, kind: this.plan.indicatorKind },
      this.measurements,
    );
    return valueYears(this.valuation, fromYear, toYear, this.asOf);
  }
}

type Runner = Pick<EntityManager, 'query'>;

interface BenefitPlanRow {
  id: string;
  initiative_id: string;
  category: BenefitCategory;
  status: BenefitStatus;
  is_dis_benefit: boolean;
  receiving_organisation_id: string | null;
  direction: IndicatorDirection;
  baseline_date: string;
  baseline_value: string;
  effect_start: string | null;
  indicator_kind: IndicatorKind;
  value_per_unit: string | null;
  targets: [string, string][];
}

/**
 * The plans (benefit, baseline and targets) of every benefit of the initiatives `initiativeIds` (the
 * caller selects them, within the actor's scope, before asking), one row per benefit, as **the plan in
 * force**: for an initiative with an approved binding benefits plan (benefit_plan_versions, status
 * APPROVED; apps/api/src/benefit-plan), the benefits frozen in that version with their frozen category,
 * status, dis-benefit flag, receiving organisation, direction, baseline, effect start, indicator kind, value
 * per unit and targets — a live edit of those (the working draft of the next version), a benefit added
 * after the approval or one deleted since changes nothing until a new version is approved; for any other
 * initiative, its live benefits. This is the one place every realisation figure (a benefit's, the RAG
 * statuses, economics, the portfolio, net positions, the co-financing report) gets its plan from; the
 * measurements stay live (loadMeasurements).
 */
export async function loadBenefitPlans(
  runner: Runner,
  initiativeIds: readonly string[],
): Promise<BenefitPlan[]> {
  const rows = await runner.query<BenefitPlanRow[]>(
    `WITH in_force AS (
       SELECT v.initiative_id, v.snapshot FROM benefit_plan_versions v
       WHERE v.status = 'APPROVED' AND v.initiative_id IN (SELECT unnest($1::uuid[])))
     SELECT id, initiative_id, category, status, is_dis_benefit, receiving_organisation_id, direction,
            baseline_date, baseline_value, effect_start, indicator_kind, value_per_unit, targets
     FROM (
       SELECT b.id, b.initiative_id, b.category, b.status, b.is_dis_benefit, b.receiving_organisation_id,
              b.direction, b.baseline_date::text AS baseline_date, b.baseline_value::text AS baseline_value,
              b.effect_start::text AS effect_start, b.indicator_kind,
              b.value_per_unit::text AS value_per_unit,
              coalesce((SELECT json_agg(json_build_array(t.target_date::text, t.value::text) ORDER BY t.target_date)
                        FROM benefit_targets t WHERE t.benefit_id = b.id), '[]'::json) AS targets,
              row_number() OVER (PARTITION BY b.initiative_id ORDER BY b.created_at, b.id) AS position
       FROM benefits b
       WHERE b.initiative_id IN (SELECT unnest($1::uuid[]))
         AND NOT EXISTS (SELECT 1 FROM in_force f WHERE f.initiative_id = b.initiative_id)
       UNION ALL
       SELECT (e.item ->> 'id')::uuid, f.initiative_id, e.item ->> 'category', e.item ->> 'status',
              (e.item ->> 'isDisBenefit')::boolean, (e.item ->> 'receivingOrganisationId')::uuid,
              e.item ->> 'direction', e.item ->> 'baselineDate', e.item ->> 'baselineValue',
              e.item ->> 'effectStart', e.item ->> 'indicatorKind', e.item ->> 'valuePerUnit',
              coalesce((SELECT json_agg(json_build_array(t.target ->> 'date', t.target ->> 'value')
                                        ORDER BY t.target ->> 'date')
                        FROM jsonb_array_elements(e.item -> 'targets') AS t(target)), '[]'::json),
              e.n
       FROM in_force f CROSS JOIN LATERAL jsonb_array_elements(f.snapshot -> 'benefits') WITH ORDINALITY AS e(item, n)
     ) plans
     ORDER BY initiative_id, position`,
    [initiativeIds],
  );
  return rows.map((row) => ({
    id: row.id,
    initiativeId: row.initiative_id,
    category: row.category,
    status: row.status,
    isDisBenefit: row.is_dis_benefit,
    receivingOrganisationId: row.receiving_organisation_id,
    direction: row.direction,
    baselineDate: row.baseline_date,
    baselineValue: trimDecimal(row.baseline_value),
    effectStart: row.effect_start,
    indicatorKind: row.indicator_kind,
    valuePerUnit: row.value_per_unit,
    targets: row.targets.map(([date, value]) => ({ date, value: trimDecimal(value) })),
  }));
}

/**
 * Per benefit of the initiatives `initiativeIds`, its **year-end readings**: the latest current measurement on
 * or before 31 December of each year from the year before `fromYear` (or the baseline year, if later) to
 * asOf's year — on or before `asOf` in its year — ascending by date, without repeats. The realised path the
 * valuation integrates runs in straight lines between these readings (the documented choice for
 * measurements: one reading a year is what a yearly figure needs, a reading within a year that a later one
 * in the same year replaces does not count, and the reading before the first counted year starts its line).
 * The database finds each with one backward step in the partial index benefit_measurements_current_key (a
 * LATERAL … LIMIT 1 per benefit and year), so the work grows with benefits × years, not with the number of
 * measurements, and only those rows reach memory (docs/performance.md).
 */
export async function loadMeasurements(
  runner: Runner,
  initiativeIds: readonly string[],
  asOf: string,
  fromYear = 1990,
): Promise<Map<string, IndicatorValue[]>> {
  const rows = await runner.query<{ benefit_id: string; measured_on: string; value: string }[]>(
    `SELECT b.id AS benefit_id, l.measured_on::text AS measured_on, l.value::text AS value
     FROM benefits b
     CROSS JOIN LATERAL generate_series(
       GREATEST(date_part('year', b.baseline_date)::int, $3::int - 1), date_part('year', $2::date)::int) AS y
     CROSS JOIN LATERAL (
       SELECT m.measured_on, m.value FROM benefit_measurements m
       WHERE m.benefit_id = b.id AND m.superseded_at IS NULL
         AND m.measured_on <= LEAST(make_date(y, 12, 31), $2::date)
       ORDER BY m.measured_on DESC LIMIT 1) l
     WHERE b.initiative_id IN (SELECT unnest($1::uuid[]))`,
    [initiativeIds, asOf, Math.min(fromYear, yearOf(asOf))],
  );
  const byBenefit = new Map<string, IndicatorValue[]>();
  for (const row of rows) {
    const list = byBenefit.get(row.benefit_id);
    const value = { date: row.measured_on, value: trimDecimal(row.value) };
    if (!list) byBenefit.set(row.benefit_id, [value]);
    else if (!list.some((known) => known.date === value.date)) list.push(value);
  }
  for (const list of byBenefit.values())
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return byBenefit;
}

/** Calculators for every benefit of the initiatives `initiativeIds`, as of a date. */
export async function loadCalculators(
  runner: Runner,
  initiativeIds: readonly string[],
  asOf: string,
  fromYear?: number,
): Promise<BenefitCalculator[]> {
  const plans = await loadBenefitPlans(runner, initiativeIds);
  const measurements = await loadMeasurements(runner, initiativeIds, asOf, fromYear);
  return plans.map((plan) => new BenefitCalculator(plan, measurements.get(plan.id) ?? [], asOf));
}

/**
 * The overall RAG status at asOf (domain's overallRag: the worst status of the benefits that are not
 * cancelled) of every initiative of `initiativeIds`; initiatives without an assessed benefit are
 * absent. Only the latest measurement on or before asOf is read per benefit (one index probe each).
 */
export async function ragByInitiative(
  runner: Runner,
  initiativeIds: readonly string[],
  asOf: string,
): Promise<Map<string, RagStatus>> {
  const calculators = await loadCalculators(runner, initiativeIds, asOf, yearOf(asOf));
  const statuses = new Map<string, (RagStatus | null)[]>();
  for (const calculator of calculators) {
    if (calculator.plan.status === BenefitStatus.CANCELLED) continue;
    const list = statuses.get(calculator.plan.initiativeId) ?? [];
    list.push(calculator.status());
    statuses.set(calculator.plan.initiativeId, list);
  }
  const result = new Map<string, RagStatus>();
  for (const [initiativeId, list] of statuses) {
    const rag = overallRag(list);
    if (rag !== null) result.set(initiativeId, rag);
  }
  return result;
}

/** cost-model's realisation result in the shape of the GraphQL `Realisation` type. */
export function toRealisationFields(result: RealisationResult): {
  asOf: string;
  targetToDate: string;
  latestValue: string | null;
  latestDate: string | null;
  improvement: string | null;
  plannedImprovement: string;
  percent: string | null;
  rag: RealisationResult['status'];
  monetisedRealisedNok: string | null;
  monetisedPlannedNok: string | null;
} {
  return {
    asOf: result.asOf,
    targetToDate: result.targetToDate,
    latestValue: result.latestMeasurement?.value ?? null,
    latestDate: result.latestMeasurement?.date ?? null,
    improvement: result.improvement,
    plannedImprovement: result.plannedImprovement,
    percent: result.realisationPercent,
    rag: result.status,
    monetisedRealisedNok: result.realisedValue,
    monetisedPlannedNok: result.plannedValue,
  };
}
