/**
 * allocate(total, participants, key): who pays what of a shared cost, exact to the øre.
 *
 * - Amounts computed per participant (rate × driver) are rounded half away from zero to the øre.
 * - A fixed total is split with the largest-remainder method, so the lines add up to the total exactly;
 *   ties go to the larger weight, then the larger driver, then the smaller id (see largest-remainder.ts).
 * - Floors and caps hold participants at a limit and re-share the difference by the same key (split.ts).
 * - Keys are first reduced to weights (key-plans.ts); the split is done in BigInt (split.ts), or for the
 *   common case without floor or cap on exact small integers (fast-split.ts); explain.ts writes the words.
 * Lines come back in the order the participants were given; their amounts never depend on that order.
 */
import type { BandsKeySpec, CostSharingKeySpec, GroupKeySpec, TwoLevelKeySpec } from '@gevinst/domain';
import { AllocationParticipant, IndexedParticipant, checkParticipants, readDriver } from './drivers';
import { CostModelError } from './errors';
import { AppliedLimit, Limits, Lines, explainSplit } from './explain';
import { fastSplitLines } from './fast-split';
import { parseKeySpec } from './key-spec-schema';
import { bandOf, bandsFor, nok, planFor } from './key-plans';
import { largestRemainder } from './largest-remainder';
import {
  Dec,
  divRoundHalfAwayFromZero,
  formatOre,
  formatShare,
  formatTruncated,
  parseAmount,
  parseDecimal,
  pow10,
  rescale,
  trimZeros,
} from './money';
import { splitTotal } from './split';

export type { AllocationParticipant } from './drivers';

export type { AppliedLimit } from './explain';

export interface AllocationLine {
  participantId: string;
  /** NOK, two decimals */
  amount: string;
  /** amount / total with SHARE_DECIMALS decimals, rounded half away from zero; all zeros when the total is 0 */
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
      amount: lines.amountTexts?.[i] ?? formatOre(amount),
      share: formatShare(amount, sum, SHARE_DECIMALS),
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

function limitsOf(spec: { floor?: string; cap?: string }, inherited?: Limits): Limits {
  return {
    floor: spec.floor !== undefined ? parseAmount(spec.floor, 'floor') : (inherited?.floor ?? null),
    cap: spec.cap !== undefined ? parseAmount(spec.cap, 'cap') : (inherited?.cap ?? null),
  };
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
  if (limits.floor === null && limits.cap === null) {
    const fast = fastSplitLines(total, plan, prefix);
    if (fast !== null) return fast;
  }
  const outcome = splitTotal(total, plan.input, limits.floor, limits.cap, keyPath);
  return explainSplit(total, plan, outcome, limits, prefix);
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
    let text = `${column.name} ${column.texts[k]} × NOK ${rateText} per unit = NOK ${formatTruncated(product, scale, 4, 2)}`;
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
      `${column.name} ${column.texts[k]} is in the band ${band.range}: fee NOK ${band.feeText}${limited.text}.`;
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
