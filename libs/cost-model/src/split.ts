/**
 * Splitting a fixed total by a key, with optional floors and caps.
 *
 * Every key that splits a fixed total has the same shape: participant i pays `base_i + λ × weight_i`
 * (base_i is the BASE_PLUS_PROPORTIONAL base fee and 0 otherwise; λ is chosen so the lines add up to the
 * total). A participant with neither weight nor base (driver 0, below a free threshold, share 0 %) is
 * exempt: it pays nothing and no floor applies to it.
 *
 * Floors and caps: a participant pays `clamp(base_i + λ × weight_i, floor, cap)`. That is the stable
 * point of "hold capped participants at the cap and floored ones at the floor, re-share the difference
 * among the others by the same key, and repeat until nothing changes"; it is found directly, so the
 * answer does not depend on the order in which the steps are done. The amount is non-decreasing in λ,
 * so λ is found by a search over the points where some participant reaches its floor or its cap, in
 * exact rational arithmetic. The øre are then handed out by the largest-remainder method among the
 * participants not held at a floor or cap; since floors and caps are whole øre, rounding a line down or
 * up never takes it past them.
 */
import { msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { RemainderSplit, largestRemainder } from './largest-remainder';
import { formatOre } from './money';

export type LineStatus = 'SHARED' | 'FLOOR' | 'CAP' | 'EXEMPT' | 'BASE_ONLY';

export interface SplitInput {
  ids: readonly string[];
  /** public identifiers (organisation numbers) that order equal remainders before the ids; default the ids */
  tieKeys?: readonly string[];
  /** ≥ 0, at any common scale */
  weights: readonly bigint[];
  /** tie-breaker after the weight; 0n when the key has no driver */
  drivers: readonly bigint[];
  /** base fee in øre per participant, or null when the key has none */
  bases: readonly bigint[] | null;
}

export interface SplitOutcome {
  amounts: bigint[];
  status: LineStatus[];
  /** øre shared by weight among the SHARED lines (the total less bases and held lines) */
  shared: bigint;
  /** Σ weight over the SHARED lines */
  sharedWeight: bigint;
  /** number of lines held at a floor or cap */
  held: number;
  /** the largest-remainder split among SHARED lines, and each line's position in it (-1 if not shared) */
  remainders: RemainderSplit | null;
  position: number[];
}

interface Fraction {
  n: bigint;
  d: bigint;
}

/**
 * @param floor least per non-exempt participant, in øre, or null
 * @param cap most per participant, in øre, or null
 * @throws CostModelError INFEASIBLE_FLOOR_CAP when no λ satisfies the floors and caps
 */
export function splitTotal(
  total: bigint,
  input: SplitInput,
  floor: bigint | null,
  cap: bigint | null,
  keyPath = '',
): SplitOutcome {
  const n = input.ids.length;
  const { weights, bases } = input;
  const status = new Array<LineStatus>(n);
  for (let i = 0; i < n; i++) {
    const base = bases === null ? 0n : bases[i];
    status[i] = weights[i] > 0n ? 'SHARED' : base > 0n ? 'BASE_ONLY' : 'EXEMPT';
  }
  if (floor !== null || cap !== null) holdAtLimits(total, input, floor ?? 0n, cap, status, keyPath);

  const amounts = new Array<bigint>(n);
  const position = new Array<number>(n).fill(-1);
  const sharedIndex: number[] = [];
  let rest = total;
  let held = 0;
  for (let i = 0; i < n; i++) {
    const base = bases === null ? 0n : bases[i];
    switch (status[i]) {
      case 'EXEMPT':
        amounts[i] = 0n;
        break;
      case 'BASE_ONLY':
        amounts[i] = base;
        break;
      case 'FLOOR':
        amounts[i] = floor as bigint;
        held++;
        break;
      case 'CAP':
        amounts[i] = cap as bigint;
        held++;
        break;
      case 'SHARED':
        amounts[i] = base;
        position[i] = sharedIndex.length;
        sharedIndex.push(i);
        break;
    }
    rest -= amounts[i];
  }

  let sharedWeight = 0n;
  for (const i of sharedIndex) sharedWeight += weights[i];
  let remainders: RemainderSplit | null = null;
  if (sharedWeight > 0n) {
    remainders = largestRemainder(
      rest,
      sharedIndex.map((i) => ({
        id: input.ids[i],
        weight: weights[i],
        driver: input.drivers[i],
        tieKey: input.tieKeys?.[i],
      })),
    );
    for (let k = 0; k < sharedIndex.length; k++) amounts[sharedIndex[k]] += remainders.amounts[k];
  } else if (rest !== 0n) {
    // Only reachable when every participant is exempt or pays a fixed amount and they do not add up.
    throw new CostModelError(
      'INFEASIBLE_FLOOR_CAP',
      msg('FIXED_AMOUNTS_NOT_TOTAL', { sum: formatOre(total - rest), total: formatOre(total) }),
    );
  }
  return { amounts, status, shared: rest, sharedWeight, held, remainders, position };
}

/** Marks the participants held at the floor or cap (status FLOOR / CAP), or throws when infeasible. */
function holdAtLimits(
  total: bigint,
  input: SplitInput,
  floor: bigint,
  cap: bigint | null,
  status: LineStatus[],
  keyPath: string,
): void {
  const n = input.ids.length;
  const { weights } = input;
  const baseOf = (i: number): bigint => (input.bases === null ? 0n : input.bases[i]);
  const clamp = (value: bigint): bigint =>
    value < floor ? floor : cap !== null && value > cap ? cap : value;

  // Feasibility: at λ = 0 everybody pays at least clamp(base); as λ grows without bound the participants
  // with a weight reach their cap (or grow without limit when there is none).
  let atZero = 0n;
  let atInfinity = 0n;
  let payers = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    if (status[i] === 'EXEMPT') continue;
    payers++;
    atZero += clamp(baseOf(i));
    if (weights[i] > 0n) {
      weighted++;
      atInfinity += cap ?? 0n;
    } else atInfinity += clamp(baseOf(i));
  }
  if (atZero > total) {
    throw new CostModelError(
      'INFEASIBLE_FLOOR_CAP',
      msg('FLOORS_EXCEED_TOTAL', {
        withBaseFees: input.bases !== null,
        payers,
        atLeast: formatOre(atZero),
        total: formatOre(total),
      }),
      keyPath === '' ? 'floor' : `${keyPath}.floor`,
    );
  }
  if (cap !== null && atInfinity < total) {
    throw new CostModelError(
      'INFEASIBLE_FLOOR_CAP',
      msg('CAP_BELOW_TOTAL', {
        cap: formatOre(cap),
        participants: weighted,
        atMost: formatOre(atInfinity),
        total: formatOre(total),
      }),
      keyPath === '' ? 'cap' : `${keyPath}.cap`,
    );
  }

  for (let i = 0; i < n; i++) {
    if (status[i] === 'BASE_ONLY') {
      const base = baseOf(i);
      if (base < floor) status[i] = 'FLOOR';
      else if (cap !== null && base > cap) status[i] = 'CAP';
    }
  }

  // The values of λ at which a participant with a weight reaches its floor or its cap.
  const points: Fraction[] = [];
  for (let i = 0; i < n; i++) {
    if (status[i] !== 'SHARED') continue;
    const base = baseOf(i);
    if (floor > base) points.push({ n: floor - base, d: weights[i] });
    if (cap !== null && cap > base) points.push({ n: cap - base, d: weights[i] });
  }
  points.sort(compareFractions);
  const distinct: Fraction[] = [];
  for (const point of points) {
    if (distinct.length === 0 || compareFractions(distinct[distinct.length - 1], point) !== 0)
      distinct.push(point);
  }

  // Σ clamp(base_i + λ w_i) at λ = p/q, times q, over the participants with a weight or a base.
  const payAt = ({ n: p, d: q }: Fraction): bigint => {
    const low = floor * q;
    const high = cap === null ? null : cap * q;
    let sum = 0n;
    for (let i = 0; i < n; i++) {
      if (status[i] === 'EXEMPT') continue;
      const value = baseOf(i) * q + p * weights[i];
      sum += value < low ? low : high !== null && value > high ? high : value;
    }
    return sum;
  };

  // The last point at which the participants pay no more than the total; λ lies between it and the next.
  let lo = -1;
  let hi = distinct.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (payAt(distinct[mid]) <= total * distinct[mid].d) lo = mid;
    else hi = mid;
  }
  const lower: Fraction = lo >= 0 ? distinct[lo] : { n: 0n, d: 1n };
  const upper: Fraction | null = lo + 1 < distinct.length ? distinct[lo + 1] : null;

  for (let i = 0; i < n; i++) {
    if (status[i] !== 'SHARED') continue;
    const base = baseOf(i);
    const w = weights[i];
    // Floored on the whole interval: base + upper × w ≤ floor. Capped: base + lower × w ≥ cap.
    if (upper !== null && (floor - base) * upper.d >= w * upper.n) status[i] = 'FLOOR';
    else if (cap !== null && (cap - base) * lower.d <= w * lower.n) status[i] = 'CAP';
  }
}

function compareFractions(a: Fraction, b: Fraction): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}
