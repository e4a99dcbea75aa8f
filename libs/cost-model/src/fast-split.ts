/**
 * The common case of a fixed-total split (no floor or cap) done with whole numbers held in doubles
 * instead of BigInt, for speed. This is not floating-point money: every value is an integer number of
 * øre (or of weight units), and a double holds every integer up to 2^53 exactly, with exact sums,
 * differences and products as long as they stay below that bound. The path is taken only when the
 * bounds below guarantee it, otherwise the BigInt path in split.ts is used. Both give the same amounts
 * and the same explanations; a property test compares them on random cases.
 *
 * Largest remainder without products above 2^53: with R = q·W + r (0 ≤ r < W),
 *   R·w / W = q·w + r·w / W,
 * so ⌊R·w / W⌋ = q·w + ⌊r·w / W⌋ and the remainder is (r·w) mod W. With W ≤ 94 906 265, r·w < W² < 2^53.
 */
import { Lines, baseOnlyLineText, exemptLineText, sharedLineFrame, sharedLineText } from './explain';
import { KeyPlan } from './key-plans';
import {
  DecimalPoint,
  floorDivSafe,
  formatOre,
  formatOreNumber,
  formatOreWith,
  formatScaledNumber,
} from './money';
import { amountOf, money } from './phrases';

/** ⌊√(2^53)⌋: the largest total weight whose square is below 2^53. */
const MAX_WEIGHT_SUM = 94_906_265;
/** 2^26: sort keys are remainder × POSITIONS + position, so at most this many participants. */
const POSITIONS = 67_108_864;
/** Totals up to this many øre keep the explanations' 1/10 000 NOK figures below 2^53 (≈ NOK 900 billion). */
const MAX_POOL = 90_071_992_547_409;

/** The lines for a split without floor or cap, or null when the numbers are too large for this path. */
export function fastSplitLines(total: bigint, plan: KeyPlan, prefix: string): Lines | null {
  const { ids, weights: bigWeights, drivers, bases } = plan.input;
  const tieKeys = plan.input.tieKeys ?? ids;
  const n = ids.length;
  if (n >= POSITIONS) return null;
  let baseSum = 0n;
  if (bases !== null) for (const base of bases) baseSum += base;
  const shared = total - baseSum;
  if (shared < 0n || shared > BigInt(MAX_POOL)) return null;

  const weights = new Array<number>(n);
  let weightSum = 0;
  for (let i = 0; i < n; i++) {
    const weight = bigWeights[i];
    if (weight > BigInt(MAX_WEIGHT_SUM)) return null;
    weights[i] = Number(weight);
    weightSum += weights[i];
    if (weightSum > MAX_WEIGHT_SUM) return null;
  }
  if (weightSum === 0 && shared !== 0n) return null;

  // equal remainders: the larger weight, then the larger driver, then the smaller tie key (organisation
  // number), then the smaller id
  const byTieRules = (a: number, b: number): number => {
    if (weights[a] !== weights[b]) return weights[b] - weights[a];
    if (drivers[a] !== drivers[b]) return drivers[a] > drivers[b] ? -1 : 1;
    if (tieKeys[a] !== tieKeys[b]) return tieKeys[a] < tieKeys[b] ? -1 : 1;
    return ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0;
  };
  const pool = Number(shared);
  const floors = new Array<number>(n);
  const remainders = new Array<number>(n);
  let leftover = pool;
  if (weightSum > 0) {
    const q = floorDivSafe(pool, weightSum);
    const r = pool - q * weightSum;
    for (let i = 0; i < n; i++) {
      const product = r * weights[i];
      const part = floorDivSafe(product, weightSum);
      floors[i] = q * weights[i] + part;
      remainders[i] = product - part * weightSum;
      leftover -= floors[i];
    }
  }
  const roundedUp = new Array<boolean>(n).fill(false);
  // lines whose rounding the tie key decided (see largestRemainder's `tied`)
  const tied = new Array<boolean>(n).fill(false);
  if (leftover > 0) {
    // Sort the positive remainders natively as remainder × 2^26 + position (exact: remainder < 2^27,
    // position < 2^26); only a group of equal remainders that straddles the cut needs the tie rules.
    const keys = new Float64Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) if (remainders[i] > 0) keys[m++] = remainders[i] * POSITIONS + i;
    const sorted = keys.subarray(0, m).sort();
    let end = m;
    let given = 0;
    while (given < leftover) {
      const remainder = Math.floor(sorted[end - 1] / POSITIONS);
      let start = end - 1;
      while (start > 0 && Math.floor(sorted[start - 1] / POSITIONS) === remainder) start--;
      const group: number[] = [];
      for (let j = start; j < end; j++) group.push(sorted[j] - remainder * POSITIONS);
      const straddles = given + group.length > leftover;
      if (straddles) group.sort(byTieRules);
      const cut = leftover - given;
      for (let j = 0; j < group.length && given < leftover; j++, given++) roundedUp[group[j]] = true;
      if (straddles) {
        const last = group[cut - 1];
        const same = (i: number) => weights[i] === weights[last] && drivers[i] === drivers[last];
        if (same(group[cut])) for (const i of group) if (same(i)) tied[i] = true;
      }
      end = start;
    }
  }

  const amounts = new Array<bigint>(n);
  const amountTexts = new Array<string>(n);
  const explanations = new Array<string>(n);
  const { phrases } = plan;
  const { point } = phrases;
  // amounts are returned as "33.34" whatever the language; the explanation writes them in its own way
  const samePoint = point === '.';
  const frame = sharedLineFrame(
    phrases,
    phrases.pool(amountOf(phrases, formatOreNumber(pool, point)), money(phrases, total), 0, bases !== null),
    plan.sumText(BigInt(weightSum)),
    String(leftover),
    plan.input.tieKeys !== undefined,
  );
  for (let i = 0; i < n; i++) {
    const base = bases === null ? 0n : bases[i];
    if (weights[i] === 0) {
      amounts[i] = base;
      amountTexts[i] = formatOre(base);
      explanations[i] =
        base === 0n
          ? exemptLineText(prefix, plan, i)
          : baseOnlyLineText(prefix, plan, i, money(phrases, base));
      continue;
    }
    const part = floors[i] + (roundedUp[i] ? 1 : 0);
    const partText = formatOreNumber(part);
    const amount = base + BigInt(part);
    amounts[i] = amount;
    amountTexts[i] = base === 0n ? partText : formatOre(amount);
    // the exact part in 1/10 000 NOK: floor × 100 + ⌊remainder × 100 / W⌋; inexact when that division is
    const hundredfold = remainders[i] * 100;
    const extra = floorDivSafe(hundredfold, weightSum);
    explanations[i] = sharedLineText(
      frame,
      prefix,
      plan.lead(i),
      plan.weightText(i),
      amountOf(phrases, exactText(floors[i] * 100 + extra, hundredfold !== extra * weightSum, point)),
      remainders[i] === 0 ? 0 : roundedUp[i] ? 1 : -1,
      amountOf(phrases, samePoint ? partText : formatOreNumber(part, point)),
      base === 0n ? null : money(phrases, base),
      base === 0n ? '' : amountOf(phrases, samePoint ? amountTexts[i] : formatOreWith(amount, point)),
      tied[i],
    );
  }
  return { amounts, amountTexts, explanations, limits: new Array<null>(n).fill(null) };
}

/** Like formatTruncated(…, 4, 2): four decimals and "…" when inexact, else trailing zeros trimmed to two. */
function exactText(tenThousandths: number, inexact: boolean, point: DecimalPoint): string {
  if (inexact) return `${formatScaledNumber(tenThousandths, 4, point)}…`;
  if (tenThousandths % 100 === 0) return formatScaledNumber(tenThousandths / 100, 2, point);
  if (tenThousandths % 10 === 0) return formatScaledNumber(tenThousandths / 10, 3, point);
  return formatScaledNumber(tenThousandths, 4, point);
}
