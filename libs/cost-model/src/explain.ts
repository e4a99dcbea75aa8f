/**
 * The explanation of every line, in words and figures a finance officer can check by hand. The texts
 * are built from small template functions shared by the general path (split.ts, BigInt) and the fast
 * path (fast-split.ts), so both write exactly the same words; the words come from the plan's phrase
 * table (phrases.ts), in English or Norwegian.
 */
import { KeyPlan } from './key-plans';
import { formatTruncated } from './money';
import { Phrases, amountOf, money } from './phrases';
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

/** The words of a shared line that are the same for every line of one split, written once per split. */
export interface SharedLineFrame {
  phrases: Phrases;
  /** ": <pool> × " */
  afterLead: string;
  /** " / <Σweight> = " */
  afterWeight: string;
  /** after "rounded up to NOK x": how the øre left over were handed out (phrases.largestRemainder) */
  remainderNote: string;
  /** after a rounding the tie key decided (phrases.equalRemainders) */
  tieNote: string;
}

/** `pool` is what the shared lines share (phrases.pool), `sharedWeight` their Σweight as written. */
export function sharedLineFrame(
  phrases: Phrases,
  pool: string,
  sharedWeight: string,
  leftover: string,
  byOrganisationNumber: boolean,
): SharedLineFrame {
  return {
    phrases,
    afterLead: `: ${pool} × `,
    afterWeight: ` / ${sharedWeight} = `,
    remainderNote: phrases.largestRemainder(leftover),
    tieNote: phrases.equalRemainders(byOrganisationNumber),
  };
}

/**
 * A line shared by weight: "<lead>: <pool> × <weight> / <Σweight> = <exact amount>[, rounded ...][; with the
 * base fee ...]." `rounding` is 0 when exact, -1 when rounded down, 1 when rounded up; `rounded` is the
 * key's part after rounding ("NOK 33.34").
 */
export function sharedLineText(
  frame: SharedLineFrame,
  prefix: string,
  lead: string,
  weight: string,
  exact: string,
  rounding: number,
  rounded: string,
  base: string | null,
  amount: string,
  tied = false,
): string {
  const { phrases } = frame;
  let text = prefix + lead + frame.afterLead + weight + frame.afterWeight + exact;
  if (rounding > 0) text += phrases.roundedUpTo + rounded + frame.remainderNote;
  else if (rounding < 0) text += phrases.roundedDownTo + rounded;
  if (tied) text += frame.tieNote;
  if (base !== null) text += `${phrases.withBaseFee}${base}: ${amount}`;
  return `${text}.`;
}

export function exemptLineText(prefix: string, plan: KeyPlan, k: number): string {
  return prefix + (plan.exemptText(k) || plan.lead(k)) + plan.phrases.paysNothing;
}

export function baseOnlyLineText(prefix: string, plan: KeyPlan, k: number, base: string): string {
  return prefix + plan.lead(k) + plan.phrases.paysOnlyBase(base);
}

export function explainSplit(
  total: bigint,
  plan: KeyPlan,
  outcome: SplitOutcome,
  limits: Limits,
  prefix: string,
): Lines {
  const { input, phrases } = plan;
  const { point } = phrases;
  const n = input.ids.length;
  const explanations = new Array<string>(n);
  const limitsApplied = new Array<AppliedLimit | null>(n).fill(null);
  const split = outcome.remainders;
  let totals: KeyTotals | undefined;
  const frame = sharedLineFrame(
    phrases,
    phrases.pool(money(phrases, outcome.shared), money(phrases, total), outcome.held, input.bases !== null),
    plan.sumText(outcome.sharedWeight),
    split === null ? '0' : split.leftover.toString(),
    input.tieKeys !== undefined,
  );
  for (let i = 0; i < n; i++) {
    const base = input.bases === null ? 0n : input.bases[i];
    switch (outcome.status[i]) {
      case 'EXEMPT':
        explanations[i] = exemptLineText(prefix, plan, i);
        break;
      case 'BASE_ONLY':
        explanations[i] = baseOnlyLineText(prefix, plan, i, money(phrases, base));
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
          frame,
          prefix,
          plan.lead(i),
          plan.weightText(i),
          amountOf(phrases, formatTruncated(product, outcome.sharedWeight * 100n, 4, 2, point)),
          remainder === 0n ? 0 : remainders.roundedUp[k] ? 1 : -1,
          money(phrases, remainders.roundedUp[k] ? down + 1n : down),
          base === 0n ? null : money(phrases, base),
          money(phrases, outcome.amounts[i]),
          remainders.tied[k],
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
  const { input, phrases } = plan;
  const { weights, bases } = input;
  const base = bases === null ? 0n : bases[i];
  const { baseSum, weightSum } = totals;
  // base_i + (total − Σbase) × w_i / Σw, in øre, as the exact fraction numerator / denominator
  const denominator = weightSum === 0n ? 1n : weightSum;
  const numerator = weightSum === 0n ? base : base * weightSum + (total - baseSum) * weights[i];
  const alone = formatTruncated(numerator, denominator * 100n, 4, 2, phrases.point);
  const beyond = isCap ? numerator > limit * denominator : numerator < limit * denominator;
  return phrases.held(isCap, money(phrases, limit), amountOf(phrases, alone), beyond);
}
