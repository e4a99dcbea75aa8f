/**
 * The co-financing mechanism's report figures that need no I/O (docs/funding-schemes.md, "Co-financing:
 * reports, grant and take-out"):
 *
 * - `deviation`: the one definition of a flagged deviation (project accounts, grant received against the
 *   grant planned): actual − planned, flagged when |actual − planned| is above `thresholdPercent` of the
 *   planned amount (any deviation when nothing was planned); nothing is flagged while no actual is recorded.
 * - `grantReconciliation`: the grant (CO_FINANCING sources: planned and received by year) against the
 *   project's accounts (the cost items' planned and actual cost by year) and the part of the grant used.
 *   Source: Digdir's co-financing rules — the grant covers a share (category 1: up to 50 %, category 2: up
 *   to 85 %) of the project's cost, so the grant follows the costs actually incurred:
 *     share(y)  = min(1, grant planned(y) / planned cost(y))      (1 when nothing was planned but a grant)
 *     used(y)   = min(grant received(y), share(y) × actual cost(y)) rounded half away from zero to the øre
 *     unused(y) = grant received(y) − used(y)                     (to be accounted for or returned)
 *   A year without an actual cost recorded has used 0 of what it received (nothing is documented yet).
 */
import { divRoundHalfAwayFromZero, formatRatio } from './money';

export interface Deviation {
  /** actual − planned (øre); null while no actual is recorded. */
  deviation: bigint | null;
  /** deviation / planned × 100 with two decimals; null when no actual or nothing was planned. */
  percent: string | null;
  flagged: boolean;
}

/** The one definition of a deviation and whether it is flagged (see the module comment). */
export function deviation(planned: bigint, actual: bigint | null, thresholdPercent: number): Deviation {
  if (actual === null) return { deviation: null, percent: null, flagged: false };
  const difference = actual - planned;
  const size = difference < 0n ? -difference : difference;
  return {
    deviation: difference,
    percent: planned === 0n ? null : formatRatio(difference * 100n, planned, 2),
    flagged: size * 100n > planned * BigInt(thresholdPercent),
  };
}

/** One year's inputs (øre). */
export interface GrantYearInput {
  year: number;
  grantPlanned: bigint;
  /** null when nothing is recorded as received. */
  grantReceived: bigint | null;
  plannedCost: bigint;
  /** null when no actual cost is recorded for the year. */
  actualCost: bigint | null;
}

export interface GrantYear {
  year: number;
  grantPlanned: bigint;
  grantReceived: bigint;
  plannedCost: bigint;
  actualCost: bigint | null;
  /** The grant's share of the planned cost, percent with two decimals (capped at 100). */
  sharePercent: string;
  used: bigint;
  unused: bigint;
  /** The accounts: actual cost against planned cost. */
  cost: Deviation;
  /** The grant received against the grant planned. */
  grant: Deviation;
}

export interface GrantReconciliation {
  years: GrantYear[];
  total: {
    grantPlanned: bigint;
    grantReceived: bigint;
    plannedCost: bigint;
    actualCost: bigint;
    used: bigint;
    unused: bigint;
    cost: Deviation;
    grant: Deviation;
  };
}

/** The grant by year against the accounts (see the module comment); years in the order given. */
export function grantReconciliation(
  inputs: readonly GrantYearInput[],
  thresholdPercent: number,
): GrantReconciliation {
  const years = inputs.map((input): GrantYear => {
    const received = input.grantReceived ?? 0n;
    // share = grantPlanned / plannedCost, at most 1; a grant without planned cost covers everything.
    const capped = input.plannedCost === 0n || input.grantPlanned >= input.plannedCost;
    const byShare =
      input.actualCost === null
        ? 0n
        : capped
          ? input.actualCost
          : divRoundHalfAwayFromZero(input.actualCost * input.grantPlanned, input.plannedCost);
    const used = byShare < received ? byShare : received;
    return {
      year: input.year,
      grantPlanned: input.grantPlanned,
      grantReceived: received,
      plannedCost: input.plannedCost,
      actualCost: input.actualCost,
      sharePercent: capped
        ? input.grantPlanned === 0n && input.plannedCost === 0n
          ? '0.00'
          : '100.00'
        : formatRatio(input.grantPlanned * 100n, input.plannedCost, 2),
      used,
      unused: received - used,
      cost: deviation(input.plannedCost, input.actualCost, thresholdPercent),
      grant: deviation(input.grantPlanned, input.grantReceived, thresholdPercent),
    };
  });
  const add = (pick: (y: GrantYear) => bigint) => years.reduce((acc, y) => acc + pick(y), 0n);
  const anyActual = years.some((y) => y.actualCost !== null);
  const anyReceived = inputs.some((y) => y.grantReceived !== null);
  const plannedCost = add((y) => y.plannedCost);
  const actualCost = add((y) => y.actualCost ?? 0n);
  const grantPlanned = add((y) => y.grantPlanned);
  const grantReceived = add((y) => y.grantReceived);
  return {
    years,
    total: {
      grantPlanned,
      grantReceived,
      plannedCost,
      actualCost,
      used: add((y) => y.used),
      unused: add((y) => y.unused),
      cost: deviation(plannedCost, anyActual ? actualCost : null, thresholdPercent),
      grant: deviation(grantPlanned, anyReceived ? grantReceived : null, thresholdPercent),
    },
  };
}

export type CoFinancingReportKindCode = 'ANNUAL' | 'FINAL';

export interface ReportDue {
  year: number;
  kind: CoFinancingReportKindCode;
  /** 1 March of the following year. */
  dueDate: string;
}

/**
 * The reports a co-financed initiative owes (source: DOMAIN.md / Digdir's rules: "an annual report is due
 * by 1 March […]; a final report by 1 March the year after completion"): an ANNUAL report for every year
 * from the first year with a co-financing grant up to the year before completion, and the FINAL report for
 * the completion year (the end date's year); each due 1 March of the following year. Without an end date
 * the annual reports run to `lastYear` (the current year). A completion year before the first grant
 * year gives the final report alone.
 */
export function reportSchedule(
  firstGrantYear: number,
  endYear: number | null,
  lastYear: number,
): ReportDue[] {
  const due = (year: number, kind: CoFinancingReportKindCode): ReportDue => ({
    year,
    kind,
    dueDate: `${year + 1}-03-01`,
  });
  const reports: ReportDue[] = [];
  const annualTo = endYear === null ? lastYear : Math.min(endYear - 1, lastYear);
  for (let year = firstGrantYear; year <= annualTo; year++) reports.push(due(year, 'ANNUAL'));
  if (endYear !== null && endYear <= lastYear) reports.push(due(endYear, 'FINAL'));
  return reports;
}

/** The kind of the report for `year`: FINAL for the completion year, ANNUAL otherwise. */
export function reportKind(year: number, endYear: number | null): CoFinancingReportKindCode {
  return endYear !== null && year === endYear ? 'FINAL' : 'ANNUAL';
}
