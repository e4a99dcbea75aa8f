import type { AllocationResult } from './allocate';
import { CostModelError } from './errors';
import { divRoundHalfAwayFromZero, formatOre, parseAmount } from './money';
import { msg } from '@gevinst/domain';

/**
 * A key comparison (issue 15, "Agreeing a cost-sharing key"): two to five keys applied to the same costs,
 * compared organisation by organisation with a reference key. The amounts are not computed here: each key
 * comes as the allocations `allocate` gave it (one per cost item, exactly as an allocation run computes
 * them), so the comparison shows to the øre what a run with that key would store. Definitions
 * (docs/funding-schemes.md, "Agreeing a cost-sharing key: the key comparison"):
 *
 * - **amount** of an organisation under a key: the sum of its lines over the key's allocations (øre);
 * - **difference** = amount under the key − amount under the reference key (øre, signed). Negative: the
 *   organisation pays less than under the reference, it **gains**; positive: it **loses**; 0: unchanged.
 *   The reference key's own differences are all 0 and it has no gainers or losers;
 * - **difference per inhabitant** = difference / inhabitants, NOK with two decimals rounded half away
 *   from zero (−0.005 → −0.01); none where the population is unknown or 0 (a state agency);
 * - **summary** per key other than the reference, by administrative level and by county: the number of
 *   gainers, losers and unchanged, and the sums of the gainers' and the losers' differences (signed, so
 *   gainersSum ≤ 0 ≤ losersSum) and their net (= gainersSum + losersSum).
 */

/** An organisation compared: its id (the allocations' participantId) and what the summary groups by. */
export interface ComparedOrganisation {
  id: string;
  /** Inhabitants in the comparison's population year; null when none is known (state agencies). */
  population: number | null;
  /** Administrative level (CENTRAL, REGIONAL, LOCAL). */
  level: string;
  /** County number ("46"); null when the organisation is in no county. */
  county: string | null;
}

export type ComparisonOutcome = 'REFERENCE' | 'GAINS' | 'LOSES' | 'UNCHANGED';

export interface KeyComparisonRow {
  organisationId: string;
  /** Per key (in the order given): the amount, NOK with two decimals. */
  amounts: string[];
  /** Per key: amount − the reference key's amount (NOK, signed; "0.00" for the reference). */
  differences: string[];
  /** Per key: the difference per inhabitant (NOK, two decimals, half away from zero), or null. */
  differencesPerInhabitant: (string | null)[];
  outcomes: ComparisonOutcome[];
}

export interface ComparisonGroupSummary {
  /** The key compared with the reference. */
  keyIndex: number;
  /** The level or county number; null: organisations in no county. */
  group: string | null;
  organisations: number;
  gainers: number;
  /** Sum of the gainers' differences (≤ 0). */
  gainersSum: string;
  losers: number;
  /** Sum of the losers' differences (≥ 0). */
  losersSum: string;
  unchanged: number;
  /** gainersSum + losersSum. */
  net: string;
}

export interface KeyComparisonResult {
  referenceIndex: number;
  /** Per key: the sum of every organisation's amount. */
  totals: string[];
  rows: KeyComparisonRow[];
  byLevel: ComparisonGroupSummary[];
  byCounty: ComparisonGroupSummary[];
}

export const MIN_COMPARED_KEYS = 2;
export const MAX_COMPARED_KEYS = 5;

function linesProblem(key: number): CostModelError {
  return new CostModelError('INVALID_INPUT', msg('KEY_COMPARISON_LINES', { key }), `allocations[${key}]`);
}

/** Difference (øre) per inhabitant, NOK with two decimals half away from zero; null without population. */
export function perInhabitant(differenceOre: bigint, population: number | null): string | null {
  if (population === null || population <= 0) return null;
  return formatOre(divRoundHalfAwayFromZero(differenceOre, BigInt(population)));
}

/**
 * Compares keys: `allocations[k]` are key k's allocations (one per cost item, lines naming organisations
 * by `participantId`); every organisation of `organisations` must be in every allocation and no other.
 * Rows come in the order of `organisations`; summaries by group (sorted, the group without a county last),
 * then key.
 */
export function compareKeys(
  allocations: readonly (readonly AllocationResult[])[],
  referenceIndex: number,
  organisations: readonly ComparedOrganisation[],
): KeyComparisonResult {
  const keys = allocations.length;
  if (keys < MIN_COMPARED_KEYS || keys > MAX_COMPARED_KEYS)
    throw new CostModelError(
      'INVALID_INPUT',
      msg('KEY_COMPARISON_COUNT', { min: MIN_COMPARED_KEYS, max: MAX_COMPARED_KEYS, got: keys }),
      'keys',
    );
  if (!Number.isInteger(referenceIndex) || referenceIndex < 0 || referenceIndex >= keys)
    throw new CostModelError(
      'INVALID_INPUT',
      msg('KEY_COMPARISON_REFERENCE', { max: keys - 1, got: String(referenceIndex) }),
      'referenceIndex',
    );
  const index = new Map<string, number>();
  organisations.forEach((organisation, i) => {
    if (index.has(organisation.id))
      throw new CostModelError('INVALID_INPUT', msg('LISTED_TWICE'), `organisations[${i}].id`);
    index.set(organisation.id, i);
  });
  // amounts[k][i]: øre of organisation i under key k.
  const amounts = allocations.map((results, k) => {
    const sums = organisations.map(() => 0n);
    for (const result of results) {
      const seen = new Set<string>();
      for (const line of result.lines) {
        const i = index.get(line.participantId);
        if (i === undefined) throw linesProblem(k);
        seen.add(line.participantId);
        sums[i] += parseAmount(line.amount, 'amount');
      }
      if (seen.size !== organisations.length) throw linesProblem(k);
    }
    return sums;
  });
  const rows: KeyComparisonRow[] = organisations.map((organisation, i) => {
    const reference = amounts[referenceIndex][i];
    const differences = amounts.map((byOrg) => byOrg[i] - reference);
    return {
      organisationId: organisation.id,
      amounts: amounts.map((byOrg) => formatOre(byOrg[i])),
      differences: differences.map(formatOre),
      differencesPerInhabitant: differences.map((d) => perInhabitant(d, organisation.population)),
      outcomes: differences.map((d, k) =>
        k === referenceIndex ? 'REFERENCE' : d < 0n ? 'GAINS' : d > 0n ? 'LOSES' : 'UNCHANGED',
      ),
    };
  });
  const summarise = (groupOf: (o: ComparedOrganisation) => string | null): ComparisonGroupSummary[] => {
    const groups = [...new Set(organisations.map(groupOf))].sort((a, b) =>
      a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1,
    );
    const result: ComparisonGroupSummary[] = [];
    for (const group of groups)
      for (let k = 0; k < keys; k++) {
        if (k === referenceIndex) continue;
        let members = 0;
        let gainers = 0;
        let losers = 0;
        let gainersSum = 0n;
        let losersSum = 0n;
        organisations.forEach((organisation, i) => {
          if (groupOf(organisation) !== group) return;
          members++;
          const d = amounts[k][i] - amounts[referenceIndex][i];
          if (d < 0n) {
            gainers++;
            gainersSum += d;
          } else if (d > 0n) {
            losers++;
            losersSum += d;
          }
        });
        result.push({
          keyIndex: k,
          group,
          organisations: members,
          gainers,
          gainersSum: formatOre(gainersSum),
          losers,
          losersSum: formatOre(losersSum),
          unchanged: members - gainers - losers,
          net: formatOre(gainersSum + losersSum),
        });
      }
    return result;
  };
  return {
    referenceIndex,
    totals: amounts.map((byOrg) => formatOre(byOrg.reduce((a, b) => a + b, 0n))),
    rows,
    byLevel: summarise((o) => o.level),
    byCounty: summarise((o) => o.county),
  };
}
