/**
 * The explanation of every line, in words and figures a finance officer can check by hand. The texts
 * are built from small template functions shared by the general path (split.ts, BigInt) and the fast
 * path (fast-split.ts), so both write exactly the same words.
 */
import { KeyPlan, nok } from './key-plans';
import { formatTruncated } from './money';
import { SplitInput, SplitOutcome } from './split';

/** FLOOR or CAP when the line was held at a limit, otherwise null. */
export type AppliedLimit = 'FLOOR' | 'CAP';

/** Per participant (by position in the list being allocated): amount in øre, explanation and limit. */
export interface Lines {
  amounts: bigint[];
  /** the amounts already written as NOK text, when the path that computed them has it at hand */
  amountTexts?: string[];
  explanations: string[];
  limits: (AppliedLimit | null)[];
}

export interface Limits {
  floor: bigint | null;
  cap: bigint | null;
}

/** What the SHARED lines share, e.g. "NOK 48215000.00 (the total less the base fees)". */
export function poolText(shared: string, total: string, held: number, hasBases: boolean): string {
  if (held > 0) {
    const lines = `the ${held} line${held === 1 ? '' : 's'} held at a floor or cap`;
    return `${shared} (what is left of ${total} after ${hasBases ? 'the base fees and ' : ''}${lines})`;
  }
  return hasBases ? `${shared} (the total less the base fees)` : shared;
}

/**
 * A line shared by weight: "<lead>: <pool> × <weight> / <Σweight> = NOK <exact>[, rounded ...][; with the
 * base fee ...]." `rounding` is 0 when exact, -1 when rounded down, 1 when rounded up; `rounded` is the
 * key's part after rounding ("NOK 33.34"), `leftover` the øre handed out by the largest remainder.
 */
export function sharedLineText(
  prefix: string,
  lead: string,
  pool: string,
  weight: string,
  sharedWeight: string,
  exact: string,
  rounding: number,
  rounded: string,
  leftover: string,
  base: string | null,
  amount: string,
): string {
  let text = `${prefix}${lead}: ${pool} × ${weight} / ${sharedWeight} = NOK ${exact}`;
  if (rounding > 0) {
    text += `, rounded up to ${rounded} (largest remainder: rounding every line down left ${leftover} øre over, which go one each to the largest remainders)`;
  } else if (rounding < 0) {
    text += `, rounded down to ${rounded}`;
  }
  if (base !== null) text += `; with the base fee ${base}: ${amount}`;
  return `${text}.`;
}

export function exemptLineText(prefix: string, plan: KeyPlan, k: number): string {
  return `${prefix}${plan.exemptText(k) || plan.lead(k)}: pays nothing.`;
}

export function baseOnlyLineText(prefix: string, plan: KeyPlan, k: number, base: string): string {
  return `${prefix}${plan.lead(k)}: pays only the base fee, ${base}.`;
}

export function explainSplit(
  total: bigint,
  plan: KeyPlan,
  outcome: SplitOutcome,
  limits: Limits,
  prefix: string,
): Lines {
  const { input } = plan;
  const n = input.ids.length;
  const explanations = new Array<string>(n);
  const limitsApplied = new Array<AppliedLimit | null>(n).fill(null);
  const split = outcome.remainders;
  const sharedText = plan.sumText(outcome.sharedWeight);
  let totals: KeyTotals | undefined;
  const pool = poolText(nok(outcome.shared), nok(total), outcome.held, input.bases !== null);
  for (let i = 0; i < n; i++) {
    const base = input.bases === null ? 0n : input.bases[i];
    switch (outcome.status[i]) {
      case 'EXEMPT':
        explanations[i] = exemptLineText(prefix, plan, i);
        break;
      case 'BASE_ONLY':
        explanations[i] = baseOnlyLineText(prefix, plan, i, nok(base));
        break;
      case 'FLOOR':
      case 'CAP': {
        const isCap = outcome.status[i] === 'CAP';
        const limit = (isCap ? limits.cap : limits.floor) as bigint;
        limitsApplied[i] = outcome.status[i] as AppliedLimit;
        totals ??= keyTotals(input);
        explanations[i] = `${prefix}${plan.lead(i)}: ${heldText(total, plan, totals, i, isCap, limit)}`;
        break;
      }
      case 'SHARED': {
        const k = outcome.position[i];
        const remainders = split as NonNullable<typeof split>;
        const weight = input.weights[i];
        const product = outcome.shared * weight;
        const remainder = remainders.remainders[k];
        const down = remainders.floors[k];
        explanations[i] = sharedLineText(
          prefix,
          plan.lead(i),
          pool,
          plan.weightText(i),
          sharedText,
          formatTruncated(product, outcome.sharedWeight * 100n, 4, 2),
          remainder === 0n ? 0 : remainders.roundedUp[k] ? 1 : -1,
          nok(remainders.roundedUp[k] ? down + 1n : down),
          remainders.leftover.toString(),
          base === 0n ? null : nok(base),
          nok(outcome.amounts[i]),
        );
        break;
      }
    }
  }
  return { amounts: outcome.amounts, explanations, limits: limitsApplied };
}

/** Σ base and Σ weight over all lines: what the key alone would do, before any floor or cap. */
interface KeyTotals {
  baseSum: bigint;
  weightSum: bigint;
}

function keyTotals({ weights, bases }: SplitInput): KeyTotals {
  let baseSum = 0n;
  let weightSum = 0n;
  for (let j = 0; j < weights.length; j++) {
    if (bases !== null) baseSum += bases[j];
    weightSum += weights[j];
  }
  return { baseSum, weightSum };
}

/** Why a line pays its floor or cap, with what the key alone would have given. */
function heldText(
  total: bigint,
  plan: KeyPlan,
  totals: KeyTotals,
  i: number,
  isCap: boolean,
  limit: bigint,
): string {
  const { weights, bases } = plan.input;
  const base = bases === null ? 0n : bases[i];
  const { baseSum, weightSum } = totals;
  // base_i + (total − Σbase) × w_i / Σw, in øre, as the exact fraction numerator / denominator
  const denominator = weightSum === 0n ? 1n : weightSum;
  const numerator = weightSum === 0n ? base : base * weightSum + (total - baseSum) * weights[i];
  const alone = formatTruncated(numerator, denominator * 100n, 4, 2);
  const beyond = isCap ? numerator > limit * denominator : numerator < limit * denominator;
  const which = isCap ? 'cap' : 'floor';
  const because = beyond
    ? `the key alone gives NOK ${alone}`
    : `the key alone gives NOK ${alone}, but once the amounts held at the other floors and caps are re-shared it would ${isCap ? 'exceed the cap' : 'fall below the floor'}`;
  const rest = isCap
    ? 'the excess is re-shared among the others by the same key'
    : 'the difference is taken from the others by the same key';
  return `held at the ${which} of ${nok(limit)} (${because}); ${rest}.`;
}
