import { formatOre } from '@gevinst/cost-model';
import { FundingScheme } from '@gevinst/domain';
import type { Rng } from './prng.js';

/**
 * The national data set's funding plans (issue 14): per initiative and year, the funding sources that pay
 * that year's planned cost, in integer øre.
 *
 * - Grants, for a share of the initiatives, by who owns them (/work/shared/DOMAIN.md, the funding schemes):
 *   an initiative KS owns gets DigiFin for 60 % of each year's cost; one a state body owns, with a project
 *   cost of at least NOK 5 million, gets co-financing (category 1: half the cost, at most NOK 15 million),
 *   spread over its years in proportion to their cost; of the others, 15 % get a StimuLab grant of
 *   NOK 0.5–2 million in their first year (at most that year's cost).
 * - The owner's own budget pays the rest of each year.
 * - A stated fraction, FUNDING_IMBALANCE_SHARE (5 %) of the initiatives, has one year whose own-budget
 *   amount is off by 1–20 % of that year's cost, up or down: underfunded or overfunded on purpose, so the
 *   reconciliation has something to show. Every other year's funding equals its planned cost to the øre.
 * - Received: for the years that are over (before `currentYear`), what was planned; nothing recorded for the
 *   current year.
 *
 * Deterministic: every draw comes from `rng` (the initiative's own 'funding' stream).
 */
export const FUNDING_IMBALANCE_SHARE = 0.05;

export interface FundingRow {
  id: string;
  position: number;
  year: number;
  scheme: FundingScheme;
  /** OWN_BUDGET: whose budget (the owner's); null for a grant, which its scheme pays. */
  organisationId: string | null;
  /** planned NOK, two decimals */
  amount: string;
  /** NOK received, or null when nothing is recorded (the current year) */
  received: string | null;
  description: string;
}

export interface FundingInput {
  ownerId: string;
  /** who owns it: KS, a state body (CENTRAL) or a municipality / county authority (OTHER) */
  owner: 'KS' | 'CENTRAL' | 'OTHER';
  /** the planned cost of each year, øre, in year order */
  costs: readonly { year: number; planned: bigint }[];
  /** the first year that is not over */
  currentYear: number;
}

/** The co-financing mechanism's category 1: projects of NOK 5 million or more, half, at most NOK 15 million. */
const CO_FINANCING_MIN = 500_000_000n;
const CO_FINANCING_CAP = 1_500_000_000n;

/** `total` øre over the years in proportion to `weights`, exactly (the remainder øre to the first years). */
function spreadOre(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map(() => 0n);
  const shares = weights.map((w) => (total * w) / sum);
  let rest = total - shares.reduce((a, b) => a + b, 0n);
  for (let i = 0; rest > 0n; i = (i + 1) % shares.length) {
    if (weights[i] > 0n) {
      shares[i] += 1n;
      rest -= 1n;
    }
  }
  return shares;
}

export function fundingPlan(rng: Rng, input: FundingInput): FundingRow[] {
  const years = input.costs.map((c) => c.year);
  const costs = input.costs.map((c) => c.planned);
  const total = costs.reduce((a, b) => a + b, 0n);
  const grants: { scheme: FundingScheme; description: string; amounts: bigint[] }[] = [];
  if (input.owner === 'KS') {
    grants.push({
      scheme: FundingScheme.DIGIFIN,
      description: 'DigiFin (KS): 60 % av årets kostnad',
      amounts: costs.map((c) => (c * 6n) / 10n),
    });
  } else if (input.owner === 'CENTRAL' && total >= CO_FINANCING_MIN) {
    const half = total / 2n;
    grants.push({
      scheme: FundingScheme.CO_FINANCING,
      description: 'Medfinansieringsordningen (Digdir), kategori 1',
      amounts: spreadOre(half < CO_FINANCING_CAP ? half : CO_FINANCING_CAP, costs),
    });
  } else if (input.owner === 'OTHER' && costs.length && rng.chance(0.15)) {
    const grant = BigInt(rng.int(50, 200)) * 1_000_000n;
    grants.push({
      scheme: FundingScheme.STIMULAB,
      description: 'StimuLab (Digdir): tjenestedesign',
      amounts: costs.map((c, i) => (i === 0 ? (grant < c ? grant : c) : 0n)),
    });
  }
  const own = costs.map((c, i) => grants.reduce((rest, g) => rest - g.amounts[i], c));
  if (costs.length && rng.chance(FUNDING_IMBALANCE_SHARE)) {
    const i = rng.int(0, costs.length - 1);
    const percent = BigInt(rng.int(1, 20)) * (rng.chance(0.5) ? -1n : 1n);
    own[i] += (costs[i] * percent) / 100n;
  }
  const rows: FundingRow[] = [];
  const add = (i: number, scheme: FundingScheme, amount: bigint, description: string) => {
    if (amount <= 0n) return;
    rows.push({
      id: rng.uuid(),
      position: rows.length,
      year: years[i],
      scheme,
      organisationId: scheme === FundingScheme.OWN_BUDGET ? input.ownerId : null,
      amount: formatOre(amount),
      received: years[i] < input.currentYear ? formatOre(amount) : null,
      description,
    });
  };
  years.forEach((_, i) => {
    for (const grant of grants) add(i, grant.scheme, grant.amounts[i], grant.description);
    add(i, FundingScheme.OWN_BUDGET, own[i], 'Eierens budsjett');
  });
  return rows;
}
