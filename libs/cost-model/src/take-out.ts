/**
 * The co-financing mechanism's budget take-out ("uttak av gevinster"), per agency and year. Definitions
 * (docs/funding-schemes.md, "Co-financing: reports, grant and take-out"; source: Digdir's rules for the
 * co-financing mechanism — "50 prosent av de interne netto budsjettgevinstene skal tas ut som
 * budsjettkutt" — and DOMAIN.md):
 *
 * - An agency's **gross internal benefit** is the sum of the positive parts of its budget-releasing
 *   benefits' NOK for the year (BUDGET_RELEASING benefits received by that agency).
 * - Its **dis-benefits** are the sum of the negative parts (a dis-benefit, or a benefit realised the wrong
 *   way), as a positive harm. gross − dis-benefits = Σ of the signed values (the old "internal net").
 * - Its **running cost increase** is the solution's operation and maintenance cost items of the year
 *   (CostCategory OPERATION and MAINTENANCE) beyond the pre-project level: max(0, O&M − pre-project level).
 *   A fall below the pre-project level is not a benefit here (it would be counted twice: record it as a
 *   budget-releasing benefit). Planned figures use the planned O&M; realised ones the actual O&M where it
 *   is recorded and the planned amount where it is not (a cost is assumed until the accounts say otherwise).
 * - **Net** = gross − dis-benefits − running cost increase; **take-out** = max(0, net × percent / 100),
 *   rounded half away from zero to the øre. Nothing is taken out of a net at or below zero.
 *
 * So the take-out is never negative and never more than `percent` of the gross internal benefit (to the
 * øre's rounding): net ≤ gross because dis-benefits and the increase are never negative.
 */
import { divRoundHalfAwayFromZero } from './money';

/** The figures of one side (planned or realised) of an agency's year, all in øre. */
export interface TakeOutFigures {
  /** Σ positive parts of the budget-releasing benefits' NOK. */
  gross: bigint;
  /** Σ negative parts, as a positive amount. */
  disBenefits: bigint;
  /** The O&M cost of the year counted (planned, or actual where recorded). */
  runningCost: bigint;
  /** max(0, runningCost − pre-project level). */
  runningCostIncrease: bigint;
  /** gross − disBenefits − runningCostIncrease (may be negative). */
  net: bigint;
  /** max(0, net × percent / 100), rounded half away from zero. */
  takeOut: bigint;
}

/** One agency's inputs for a year. */
export interface TakeOutAgencyInput {
  organisationId: string;
  /** The agency's budget-releasing benefits of the year: signed NOK in øre (negative: harm). */
  benefits: readonly { planned: bigint; realised: bigint }[];
  /**
   * The solution's operation and maintenance cost items of the year that this agency bears (øre); actual
   * null while not recorded. Empty for an agency that does not run the solution.
   */
  runningCosts: readonly { planned: bigint; actual: bigint | null }[];
  /** The agency's annual running cost of the service before the project (øre, ≥ 0); 0 when not stated. */
  preProjectRunningCost: bigint;
}

export interface TakeOutAgencyResult {
  organisationId: string;
  planned: TakeOutFigures;
  realised: TakeOutFigures;
}

export interface TakeOutResult {
  percent: number;
  agencies: TakeOutAgencyResult[];
  /** Σ over the agencies (take-out: Σ of each agency's rounded take-out). */
  planned: TakeOutFigures;
  realised: TakeOutFigures;
}

function figures(values: readonly bigint[], runningCost: bigint, preProject: bigint, percent: number) {
  let gross = 0n;
  let disBenefits = 0n;
  for (const value of values) {
    if (value > 0n) gross += value;
    else disBenefits -= value;
  }
  const increase = runningCost > preProject ? runningCost - preProject : 0n;
  const net = gross - disBenefits - increase;
  const takeOut = net > 0n ? divRoundHalfAwayFromZero(net * BigInt(percent), 100n) : 0n;
  return { gross, disBenefits, runningCost, runningCostIncrease: increase, net, takeOut };
}

function sum(list: readonly TakeOutFigures[]): TakeOutFigures {
  const total: TakeOutFigures = {
    gross: 0n,
    disBenefits: 0n,
    runningCost: 0n,
    runningCostIncrease: 0n,
    net: 0n,
    takeOut: 0n,
  };
  for (const f of list)
    for (const key of Object.keys(total) as (keyof TakeOutFigures)[]) total[key] += f[key];
  return total;
}

/**
 * The take-out of a year per agency and in total (see the module comment for the definitions).
 * @param percent the share taken out (the co-financing mechanism: 50), an integer 0–100
 */
export function takeOut(agencies: readonly TakeOutAgencyInput[], percent: number): TakeOutResult {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100)
    throw new RangeError(`take-out percent must be an integer from 0 to 100, got ${percent}`);
  const results = agencies.map((agency): TakeOutAgencyResult => {
    if (agency.preProjectRunningCost < 0n) throw new RangeError('pre-project running cost below zero');
    let plannedRunning = 0n;
    let actualRunning = 0n;
    for (const cost of agency.runningCosts) {
      plannedRunning += cost.planned;
      actualRunning += cost.actual ?? cost.planned;
    }
    return {
      organisationId: agency.organisationId,
      planned: figures(
        agency.benefits.map((b) => b.planned),
        plannedRunning,
        agency.preProjectRunningCost,
        percent,
      ),
      realised: figures(
        agency.benefits.map((b) => b.realised),
        actualRunning,
        agency.preProjectRunningCost,
        percent,
      ),
    };
  });
  return {
    percent,
    agencies: results,
    planned: sum(results.map((r) => r.planned)),
    realised: sum(results.map((r) => r.realised)),
  };
}
