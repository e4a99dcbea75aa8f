/**
 * The largest-remainder method (Hamilton's method) for splitting a whole number of øre by weights so the
 * parts add up to the total exactly:
 *
 * 1. each part's exact quota is `total × weight / Σweight`; it first gets the quota rounded down;
 * 2. the øre left over (fewer than the number of parts) go one each to the parts with the largest
 *    remainders (the dropped fractions);
 * 3. equal remainders go first to the larger weight, then to the larger driver, then to the smaller tie
 *    key — the participant's public identifier, its organisation number, when the caller gives one — and
 *    last to the smaller id (both compared code unit by code unit), so the result never depends on the
 *    order of the input nor on an installation's internal ids.
 */

export interface RemainderItem {
  id: string;
  weight: bigint;
  /** Second tie-breaker after the weight (the participant's driver at a common scale; 0n when none). */
  driver: bigint;
  /** Third tie-breaker: a public identifier (the organisation number); the id when absent. */
  tieKey?: string;
}

export interface RemainderSplit {
  amounts: bigint[];
  /** quota rounded down, per item */
  floors: bigint[];
  /** `total × weight mod Σweight`, per item: the dropped fraction is remainder / totalWeight */
  remainders: bigint[];
  /** whether the item received one of the left-over øre */
  roundedUp: boolean[];
  totalWeight: bigint;
  /** how many øre were handed out in step 2 */
  leftover: bigint;
  /**
   * per item: whether its rounding was decided by the tie key — it has the same remainder, weight and
   * driver as items on the other side of the cut between rounded up and rounded down
   */
  tied: boolean[];
}

/** Splits `total` (øre, ≥ 0) by `items[i].weight` (≥ 0, at least one positive). */
export function largestRemainder(total: bigint, items: readonly RemainderItem[]): RemainderSplit {
  const n = items.length;
  let totalWeight = 0n;
  for (let i = 0; i < n; i++) totalWeight += items[i].weight;

  const floors = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  const amounts = new Array<bigint>(n);
  const roundedUp = new Array<boolean>(n).fill(false);
  let given = 0n;
  for (let i = 0; i < n; i++) {
    const product = total * items[i].weight;
    const floor = product / totalWeight;
    floors[i] = floor;
    remainders[i] = product - floor * totalWeight;
    amounts[i] = floor;
    given += floor;
  }
  const leftover = total - given;
  const tied = new Array<boolean>(n).fill(false);
  if (leftover > 0n) {
    const candidates: number[] = [];
    for (let i = 0; i < n; i++) if (remainders[i] > 0n) candidates.push(i);
    candidates.sort((a, b) => compareForRemainder(items, remainders, a, b));
    const count = Number(leftover);
    for (let k = 0; k < count; k++) {
      const i = candidates[k];
      amounts[i] += 1n;
      roundedUp[i] = true;
    }
    // The last item rounded up and the first left down differ only by the tie key: every item that
    // shares their remainder, weight and driver was placed by it.
    if (count < candidates.length) {
      const last = candidates[count - 1];
      const next = candidates[count];
      const same = (i: number, j: number) =>
        remainders[i] === remainders[j] &&
        items[i].weight === items[j].weight &&
        items[i].driver === items[j].driver;
      if (same(last, next)) for (const i of candidates) if (same(i, last)) tied[i] = true;
    }
  }
  return { amounts, floors, remainders, roundedUp, totalWeight, leftover, tied };
}

/** Negative when a goes before b in the queue for the left-over øre. */
function compareForRemainder(
  items: readonly RemainderItem[],
  remainders: bigint[],
  a: number,
  b: number,
): number {
  const ra = remainders[a];
  const rb = remainders[b];
  if (ra !== rb) return ra > rb ? -1 : 1;
  const x = items[a];
  const y = items[b];
  if (x.weight !== y.weight) return x.weight > y.weight ? -1 : 1;
  if (x.driver !== y.driver) return x.driver > y.driver ? -1 : 1;
  const kx = x.tieKey ?? x.id;
  const ky = y.tieKey ?? y.id;
  if (kx !== ky) return kx < ky ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}
