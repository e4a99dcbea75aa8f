/**
 * allocate(total, participants, key): who pays what of a shared cost, exact to the øre.
 *
 * - Amounts computed per participant (rate × driver) are rounded half away from zero to the øre.
 * - A fixed total is split with the largest-remainder method, so the lines add up to the total exactly;
 *   ties go to the larger weight, then the larger driver, then the smaller id (see largest-remainder.ts).
 * - Floors and caps hold participants at a limit and re-share the difference by the same key (split.ts).
 * Lines come back in the order the participants were given; their amounts never depend on that order.
 */
import type {
  BandsKeySpec,
  CostSharingKeySpec,
  FeeBand,
  GroupKeySpec,
  TwoLevelKeySpec,
} from '@gevinst/domain';
import {
  AllocationParticipant,
  DriverColumn,
  IndexedParticipant,
  checkParticipants,
  readDriver,
} from './drivers';
import { CostModelError } from './errors';
import { parseKeySpec } from './key-spec-schema';
import { largestRemainder } from './largest-remainder';
import {
  Dec,
  compareDec,
  divRoundHalfAwayFromZero,
  formatDec,
  formatOre,
  formatRatio,
  formatScaled,
  formatTruncated,
  parseAmount,
  parseDecimal,
  pow10,
  rescale,
  trimZeros,
} from './money';
import { SplitInput, SplitOutcome, splitTotal } from './split';

export type { AllocationParticipant } from './drivers';

/** FLOOR or CAP when the line was held at a limit, otherwise null. */
export type AppliedLimit = 'FLOOR' | 'CAP';

export interface AllocationLine {
  participantId: string;
  /** NOK, two decimals */
  amount: string;
  /** amount / total as a decimal with SHARE_DECIMALS places, rounded half away from zero ("0" × when total is 0) */
  share: string;
  /** how the line was computed, in words and figures a finance officer can check by hand */
  explanation: string;
  limit: AppliedLimit | null;
}

export interface AllocationResult {
  /** NOK, two decimals: the fixed total, or for PER_UNIT and BANDS without a total the sum of the lines */
  total: string;
  lines: AllocationLine[];
}

/** Decimal places of `AllocationLine.share`. */
export const SHARE_DECIMALS = 10;

/** Per participant (by position in the list being allocated): amount in øre, explanation and limit. */
interface Lines {
  amounts: bigint[];
  explanations: string[];
  limits: (AppliedLimit | null)[];
}

/**
 * Allocates `total` (NOK as a decimal string, or null for PER_UNIT / BANDS without a total) among the
 * participants by the key. The key is validated with `parseKeySpec` first.
 * @throws CostModelError with a code saying what was wrong (INVALID_SPEC, MISSING_DRIVER, ...)
 */
export function allocate(
  total: string | null,
  participants: readonly AllocationParticipant[],
  key: CostSharingKeySpec,
): AllocationResult {
  const spec = parseKeySpec(key);
  checkParticipants(participants);
  const totalOre = readTotal(total, spec.method);
  const members: IndexedParticipant[] = participants.map((participant, index) => ({ participant, index }));

  let lines: Lines;
  if (totalOre === null) {
    lines =
      spec.method === 'PER_UNIT'
        ? perUnit(members, spec.driver, spec.rate, limitsOf(spec))
        : bandFees(members, spec as BandsKeySpec);
  } else if (spec.method === 'TWO_LEVEL') {
    lines = twoLevel(totalOre, members, spec);
  } else {
    lines = splitByKey(totalOre, members, spec as GroupKeySpec, limitsOf(spec), '', '');
  }

  let sum = 0n;
  if (totalOre === null) for (const amount of lines.amounts) sum += amount;
  else sum = totalOre;
  const result: AllocationLine[] = new Array<AllocationLine>(participants.length);
  for (let i = 0; i < participants.length; i++) {
    const amount = lines.amounts[i];
    result[i] = {
      participantId: participants[i].id,
      amount: formatOre(amount),
      share: sum === 0n ? formatScaled(0n, SHARE_DECIMALS) : formatRatio(amount, sum, SHARE_DECIMALS),
      explanation: lines.explanations[i],
      limit: lines.limits[i],
    };
  }
  return { total: formatOre(sum), lines: result };
}

function readTotal(total: string | null, method: CostSharingKeySpec['method']): bigint | null {
  if (method === 'PER_UNIT') {
    if (total !== null && total !== undefined) {
      throw new CostModelError(
        'INVALID_TOTAL',
        'PER_UNIT has no fixed total: each participant pays rate × driver; pass null as the total',
        'total',
      );
    }
    return null;
  }
  if (total === null || total === undefined) {
    if (method === 'BANDS') return null;
    throw new CostModelError(
      'INVALID_TOTAL',
      `${method} splits a fixed total; give one such as "100000.00"`,
      'total',
    );
  }
  return parseAmount(total, 'total', { code: 'INVALID_TOTAL' });
}

interface Limits {
  floor: bigint | null;
  cap: bigint | null;
}

function limitsOf(spec: { floor?: string; cap?: string }, inherited?: Limits): Limits {
  return {
    floor: spec.floor !== undefined ? parseAmount(spec.floor, 'floor') : (inherited?.floor ?? null),
    cap: spec.cap !== undefined ? parseAmount(spec.cap, 'cap') : (inherited?.cap ?? null),
  };
}

const nok = (ore: bigint): string => `NOK ${formatOre(ore)}`;
const at = (keyPath: string, field: string): string => (keyPath === '' ? field : `${keyPath}.${field}`);

/** A fixed-total key reduced to weights (and base fees), with the words to explain each line. */
interface KeyPlan {
  input: SplitInput;
  /** what the key says about member k: "population 717710", "fixed share 25.5 %" */
  lead: (k: number) => string;
  /** a weight (or the sum of weights) as shown in the calculation */
  weightText: (weight: bigint) => string;
  /** why an exempt member pays nothing */
  exemptText: (k: number) => string;
}

function splitByKey(
  total: bigint,
  members: readonly IndexedParticipant[],
  spec: GroupKeySpec,
  limits: Limits,
  keyPath: string,
  prefix: string,
): Lines {
  const plan = planFor(total, members, spec, keyPath);
  const outcome = splitTotal(total, plan.input, limits.floor, limits.cap, keyPath);
  return explainSplit(total, plan, outcome, limits, prefix);
}

function planFor(
  total: bigint,
  members: readonly IndexedParticipant[],
  spec: GroupKeySpec,
  keyPath: string,
): KeyPlan {
  const n = members.length;
  const ids = members.map((member) => member.participant.id);
  switch (spec.method) {
    case 'EQUAL': {
      const ones = new Array<bigint>(n).fill(1n);
      return {
        input: { ids, weights: ones, drivers: new Array<bigint>(n).fill(0n), bases: null },
        lead: () => `equal split among ${n}`,
        weightText: (weight) => weight.toString(),
        exemptText: () => '',
      };
    }
    case 'PROPORTIONAL': {
      const column = readDriver(spec.driver, members);
      requirePositiveWeight(total, column.units, keyPath, () => driverSumZero(column, n));
      return {
        input: { ids, weights: column.units, drivers: column.units, bases: null },
        lead: (k) => `${column.name} ${driverText(column, k)}`,
        weightText: (weight) => formatScaled(weight, column.scale),
        exemptText: (k) => `${column.name} ${driverText(column, k)}`,
      };
    }
    case 'FIXED_SHARES': {
      const shares = sharesFor(members, spec.shares, keyPath);
      return {
        input: { ids, weights: shares.units, drivers: shares.units, bases: null },
        lead: (k) => `fixed share ${trimZeros(formatScaled(shares.units[k], shares.scale))} %`,
        weightText: (weight) => trimZeros(formatScaled(weight, shares.scale)),
        exemptText: () => 'fixed share 0 %',
      };
    }
    case 'BASE_PLUS_PROPORTIONAL': {
      const base = parseAmount(spec.base, at(keyPath, 'base'));
      const bases = base * BigInt(n);
      if (bases > total) {
        throw new CostModelError(
          'BASES_EXCEED_TOTAL',
          `the base fees alone, ${nok(base)} × ${n} participants = ${nok(bases)}, exceed the total ${nok(total)}`,
          at(keyPath, 'base'),
        );
      }
      const column = readDriver(spec.driver, members);
      requirePositiveWeight(total - bases, column.units, keyPath, () => driverSumZero(column, n));
      return {
        input: { ids, weights: column.units, drivers: column.units, bases: new Array<bigint>(n).fill(base) },
        lead: (k) => `base fee ${nok(base)} plus ${column.name} ${driverText(column, k)}`,
        weightText: (weight) => formatScaled(weight, column.scale),
        exemptText: (k) => `${column.name} ${driverText(column, k)}`,
      };
    }
    case 'BANDS': {
      const column = readDriver(spec.driver, members);
      const bands = bandsFor(spec.bands);
      const placed = column.units.map((units) => bandOf(bands, { units, scale: column.scale }));
      const weights = placed.map((band) => band.fee);
      requirePositiveWeight(
        total,
        weights,
        keyPath,
        () => 'the band fees of all participants add up to zero',
      );
      const lead = (k: number): string =>
        `${column.name} ${driverText(column, k)} is in the band ${placed[k].range} (fee ${nok(placed[k].fee)})`;
      return {
        input: { ids, weights, drivers: column.units, bases: null },
        lead,
        weightText: (weight) => formatOre(weight),
        exemptText: lead,
      };
    }
    case 'FREE_THRESHOLD': {
      const column = readDriver(spec.driver, members);
      const threshold = parseDecimal(spec.threshold) as Dec;
      const thresholdText = formatDec(threshold);
      const bar = rescaleUp(threshold, column.scale);
      const weights = column.units.map((units) => (units * pow10(bar.extra) >= bar.units ? units : 0n));
      requirePositiveWeight(
        total,
        weights,
        keyPath,
        () => `the "${column.name}" drivers at or above the free threshold ${thresholdText} add up to zero`,
      );
      return {
        input: { ids, weights, drivers: column.units, bases: null },
        lead: (k) =>
          `${column.name} ${driverText(column, k)} (at or above the free threshold ${thresholdText})`,
        weightText: (weight) => formatScaled(weight, column.scale),
        exemptText: (k) =>
          weights[k] === 0n && column.units[k] * pow10(bar.extra) < bar.units
            ? `${column.name} ${driverText(column, k)} is below the free threshold ${thresholdText}`
            : `${column.name} ${driverText(column, k)}`,
      };
    }
  }
}

/** The threshold at the driver's scale or finer: compare `units × 10^extra` with the returned units. */
function rescaleUp(value: Dec, scale: number): { units: bigint; extra: number } {
  if (value.scale <= scale) return { units: rescale(value, scale), extra: 0 };
  return { units: value.units, extra: value.scale - scale };
}

function requirePositiveWeight(
  toShare: bigint,
  weights: readonly bigint[],
  keyPath: string,
  why: () => string,
): void {
  if (toShare === 0n) return;
  for (const weight of weights) if (weight > 0n) return;
  throw new CostModelError(
    'ZERO_TOTAL_DRIVER',
    `${why()}, so ${nok(toShare)} cannot be shared in proportion to them`,
    at(keyPath, 'driver'),
  );
}

function driverSumZero(column: DriverColumn, n: number): string {
  return `the "${column.name}" drivers of the ${n} participants add up to zero`;
}

function driverText(column: DriverColumn, k: number): string {
  return formatScaled(column.units[k], column.scale);
}

function sharesFor(
  members: readonly IndexedParticipant[],
  shares: Record<string, string>,
  keyPath: string,
): { units: bigint[]; scale: number } {
  const present = new Set(members.map((member) => member.participant.id));
  for (const id of Object.keys(shares)) {
    if (!present.has(id)) {
      throw new CostModelError(
        'UNKNOWN_PARTICIPANT',
        `the fixed shares name "${id}", which is not among the participants`,
        `${at(keyPath, 'shares')}[${JSON.stringify(id)}]`,
      );
    }
  }
  const parsed: Dec[] = members.map(({ participant, index }) => {
    const share = Object.prototype.hasOwnProperty.call(shares, participant.id)
      ? shares[participant.id]
      : undefined;
    if (share === undefined) {
      throw new CostModelError(
        'MISSING_SHARE',
        `participant "${participant.id}" (participants[${index}]) has no fixed share in the key`,
        `${at(keyPath, 'shares')}[${JSON.stringify(participant.id)}]`,
      );
    }
    return parseDecimal(share) as Dec;
  });
  const scale = Math.max(0, ...parsed.map((share) => share.scale));
  return { units: parsed.map((share) => rescale(share, scale)), scale };
}

interface Band {
  upTo: Dec | null;
  fee: bigint;
  range: string;
}

function bandsFor(bands: readonly FeeBand[]): Band[] {
  return bands.map((band, index) => {
    const upTo = band.upTo === undefined ? null : (parseDecimal(band.upTo) as Dec);
    const from = index === 0 ? null : formatDec(parseDecimal(bands[index - 1].upTo) as Dec);
    let range: string;
    if (upTo === null) range = from === null ? 'covering all values' : `${from} and over`;
    else range = from === null ? `under ${formatDec(upTo)}` : `${from} to under ${formatDec(upTo)}`;
    return { upTo, fee: parseAmount(band.fee, `bands[${index}].fee`), range };
  });
}

/** The band a driver value falls in: the first whose (exclusive) upper bound is above it. */
function bandOf(bands: readonly Band[], value: Dec): Band {
  for (const band of bands) if (band.upTo === null || compareDec(value, band.upTo) < 0) return band;
  return bands[bands.length - 1];
}

function explainSplit(
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
  const sharedText = plan.weightText(outcome.sharedWeight);
  let totals: KeyTotals | undefined;
  let poolText = nok(outcome.shared);
  if (outcome.held > 0) {
    const lines = `the ${outcome.held} line${outcome.held === 1 ? '' : 's'} held at a floor or cap`;
    poolText += ` (what is left of ${nok(total)} after ${input.bases === null ? '' : 'the base fees and '}${lines})`;
  } else if (input.bases !== null) {
    poolText += ' (the total less the base fees)';
  }
  for (let i = 0; i < n; i++) {
    const base = input.bases === null ? 0n : input.bases[i];
    switch (outcome.status[i]) {
      case 'EXEMPT':
        explanations[i] = `${prefix}${plan.exemptText(i) || plan.lead(i)}: pays nothing.`;
        break;
      case 'BASE_ONLY':
        explanations[i] = `${prefix}${plan.lead(i)}: pays only the base fee, ${nok(base)}.`;
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
        const exact = formatTruncated(product, outcome.sharedWeight * 100n, 4, 2);
        let text = `${prefix}${plan.lead(i)}: ${poolText} × ${plan.weightText(weight)} / ${sharedText} = NOK ${exact}`;
        if (remainders.remainders[k] !== 0n) {
          const down = remainders.floors[k];
          text += remainders.roundedUp[k]
            ? `, rounded up to ${nok(down + 1n)} (largest remainder: rounding every line down left ${remainders.leftover} øre over, which go one each to the largest remainders)`
            : `, rounded down to ${nok(down)}`;
        }
        if (base !== 0n) text += `; with the base fee ${nok(base)}: ${nok(outcome.amounts[i])}`;
        explanations[i] = `${text}.`;
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

function perUnit(
  members: readonly IndexedParticipant[],
  driver: string,
  rateText: string,
  limits: Limits,
): Lines {
  const column = readDriver(driver, members);
  const rate = parseDecimal(rateText) as Dec;
  const scale = pow10(rate.scale + column.scale);
  const n = members.length;
  const amounts = new Array<bigint>(n);
  const explanations = new Array<string>(n);
  const applied = new Array<AppliedLimit | null>(n).fill(null);
  for (let k = 0; k < n; k++) {
    const product = rate.units * column.units[k];
    const computed = divRoundHalfAwayFromZero(product * 100n, scale);
    let text = `${column.name} ${driverText(column, k)} × NOK ${rateText} per unit = NOK ${formatTruncated(product, scale, 4, 2)}`;
    if (product * 100n !== computed * scale) text += `, rounded half away from zero to ${nok(computed)}`;
    const limited = applyLimit(computed, limits);
    amounts[k] = limited.amount;
    applied[k] = limited.limit;
    explanations[k] = text + limited.text + '.';
  }
  return { amounts, explanations, limits: applied };
}

function bandFees(members: readonly IndexedParticipant[], spec: BandsKeySpec): Lines {
  const column = readDriver(spec.driver, members);
  const bands = bandsFor(spec.bands);
  const limits = limitsOf(spec);
  const n = members.length;
  const amounts = new Array<bigint>(n);
  const explanations = new Array<string>(n);
  const applied = new Array<AppliedLimit | null>(n).fill(null);
  for (let k = 0; k < n; k++) {
    const band = bandOf(bands, { units: column.units[k], scale: column.scale });
    const limited = applyLimit(band.fee, limits);
    amounts[k] = limited.amount;
    applied[k] = limited.limit;
    explanations[k] =
      `${column.name} ${driverText(column, k)} is in the band ${band.range}: fee ${nok(band.fee)}${limited.text}.`;
  }
  return { amounts, explanations, limits: applied };
}

/** Without a fixed total, a floor or cap simply bounds each amount (nothing is re-shared). */
function applyLimit(
  amount: bigint,
  { floor, cap }: Limits,
): { amount: bigint; limit: AppliedLimit | null; text: string } {
  if (cap !== null && amount > cap)
    return { amount: cap, limit: 'CAP', text: `; above the cap, so it pays the cap ${nok(cap)}` };
  if (floor !== null && amount > 0n && amount < floor) {
    return { amount: floor, limit: 'FLOOR', text: `; below the floor, so it pays the floor ${nok(floor)}` };
  }
  return { amount, limit: null, text: '' };
}

function twoLevel(total: bigint, members: readonly IndexedParticipant[], spec: TwoLevelKeySpec): Lines {
  const groupIndex = new Map<string, number>();
  spec.groups.forEach((group, g) => groupIndex.set(group.group, g));
  const names = spec.groups.map((group) => `"${group.group}"`).join(', ');
  const byGroup: IndexedParticipant[][] = spec.groups.map(() => []);
  for (const member of members) {
    const group = member.participant.group;
    const path = `participants[${member.index}].group`;
    if (group === undefined || group === null || group === '') {
      throw new CostModelError(
        'MISSING_GROUP',
        `participant "${member.participant.id}" has no group; this TWO_LEVEL key needs one of ${names}`,
        path,
      );
    }
    const g = groupIndex.get(group);
    if (g === undefined) {
      throw new CostModelError(
        'UNKNOWN_GROUP',
        `participant "${member.participant.id}" is in group "${group}", which is not in the key (${names})`,
        path,
      );
    }
    byGroup[g].push(member);
  }
  spec.groups.forEach((group, g) => {
    if (byGroup[g].length === 0) {
      throw new CostModelError(
        'EMPTY_GROUP',
        `group "${group.group}" has no participant, so its ${group.percent} % of the total would be lost`,
        `groups[${g}]`,
      );
    }
  });

  const percents = spec.groups.map((group) => parseDecimal(group.percent) as Dec);
  const scale = Math.max(0, ...percents.map((percent) => percent.scale));
  const weights = percents.map((percent) => rescale(percent, scale));
  const groupSplit = largestRemainder(
    total,
    spec.groups.map((group, g) => ({ id: group.group, weight: weights[g], driver: weights[g] })),
  );
  const inherited = limitsOf(spec);

  const n = members.length;
  const amounts = new Array<bigint>(n);
  const explanations = new Array<string>(n);
  const applied = new Array<AppliedLimit | null>(n).fill(null);
  spec.groups.forEach((group, g) => {
    const groupTotal = groupSplit.amounts[g];
    const exact = formatTruncated(total * weights[g], groupSplit.totalWeight * 100n, 4, 2);
    let prefix = `Group ${group.group} gets ${trimZeros(group.percent)} % of ${nok(total)} = NOK ${exact}`;
    if (groupSplit.remainders[g] !== 0n) {
      prefix += groupSplit.roundedUp[g]
        ? `, rounded up to ${nok(groupTotal)} (largest remainder)`
        : `, rounded down to ${nok(groupTotal)}`;
    }
    prefix += '. Within the group, ';
    const keyPath = `groups[${g}].key`;
    const inner = splitByKey(
      groupTotal,
      byGroup[g],
      group.key,
      limitsOf(group.key, inherited),
      keyPath,
      prefix,
    );
    byGroup[g].forEach((member, k) => {
      amounts[member.index] = inner.amounts[k];
      explanations[member.index] = inner.explanations[k];
      applied[member.index] = inner.limits[k];
    });
  });
  return { amounts, explanations, limits: applied };
}
