/**
 * allocate(total, participants, key): who pays what of a shared cost, exact to the øre.
 *
 * - Amounts computed per participant (rate × driver) are rounded half away from zero to the øre.
 * - A fixed total is split with the largest-remainder method, so the lines add up to the total exactly;
 *   ties go to the larger weight, then the larger driver, then the smaller id (see largest-remainder.ts).
 * - Floors and caps hold participants at a limit and re-share the difference by the same key (split.ts).
 * - Keys are first reduced to weights (key-plans.ts); the split is done in BigInt (split.ts), or for the
 *   common case without floor or cap on exact small integers (fast-split.ts); explain.ts writes the words.
 * - Explanations are in English or Norwegian Bokmål (`options.language`), from one set of templates and a
 *   phrase table per language (phrases.ts); amounts and shares are the same in every language.
 * Lines come back in the order the participants were given; their amounts never depend on that order.
 */
import type { BandsKeySpec, CostSharingKeySpec, GroupKeySpec, TwoLevelKeySpec } from '@gevinst/domain';
import { AllocationParticipant, IndexedParticipant, checkParticipants, readDriver } from './drivers';
import { msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { AppliedLimit, Limits, Lines, explainSplit } from './explain';
import { fastSplitLines } from './fast-split';
import { parseKeySpec } from './key-spec-schema';
import { bandOf, bandsFor, planFor } from './key-plans';
import { largestRemainder } from './largest-remainder';
import {
  Dec,
  describeValue,
  divRoundHalfAwayFromZero,
  formatOre,
  formatShare,
  formatTruncated,
  parseAmount,
  parseDecimal,
  pow10,
  rescale,
  trimZeros,
  withPoint,
} from './money';
import { ExplanationLanguage, PHRASES, Phrases, amountOf, driverLead, figure, money } from './phrases';
import { splitTotal } from './split';

export type { AllocationParticipant } from './drivers';

export type { AppliedLimit } from './explain';

export type { ExplanationLanguage } from './phrases';

export interface AllocateOptions {
  /**
   * The language of the explanations: 'en' (English, the default) or 'nb' (Norwegian Bokmål, with
   * amounts written "kr 33,34"). Amounts, shares and limits are the same in every language.
   */
  language?: ExplanationLanguage;
}

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
 * participants by the key. The key is validated with `parseKeySpec` first. `options.language` chooses
 * the language of the explanations ('en' by default, or 'nb'); error messages are always in English.
 * @throws CostModelError with a code saying what was wrong (INVALID_SPEC, MISSING_DRIVER, ...)
 */
export function allocate(
  total: string | null,
  participants: readonly AllocationParticipant[],
  key: CostSharingKeySpec,
  options?: AllocateOptions,
): AllocationResult {
  const phrases = phrasesFor(options);
  const spec = parseKeySpec(key);
  checkParticipants(participants);
  const totalOre = readTotal(total, spec.method);
  const members: IndexedParticipant[] = participants.map((participant, index) => ({ participant, index }));

  let lines: Lines;
  if (totalOre === null) {
    lines =
      spec.method === 'PER_UNIT'
        ? perUnit(members, spec.driver, spec.rate, limitsOf(spec), phrases)
        : bandFees(members, spec as BandsKeySpec, phrases);
  } else if (spec.method === 'TWO_LEVEL') {
    lines = twoLevel(totalOre, members, spec, phrases);
  } else {
    lines = splitByKey(totalOre, members, spec as GroupKeySpec, limitsOf(spec), '', '', phrases);
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

function phrasesFor(options: AllocateOptions | undefined): Phrases {
  const language: unknown = options?.language; // callers from plain JavaScript may pass anything
  if (language === undefined || language === 'en') return PHRASES.en;
  if (language === 'nb') return PHRASES.nb;
  throw new CostModelError(
    'INVALID_INPUT',
    msg('EXPLANATION_LANGUAGE', { got: describeValue(language) }),
    'options.language',
  );
}

function readTotal(total: string | null, method: CostSharingKeySpec['method']): bigint | null {
  if (method === 'PER_UNIT') {
    if (total !== null && total !== undefined) {
      throw new CostModelError('INVALID_TOTAL', msg('PER_UNIT_HAS_NO_TOTAL'), 'total');
    }
    return null;
  }
  if (total === null || total === undefined) {
    if (method === 'BANDS') return null;
    throw new CostModelError('INVALID_TOTAL', msg('TOTAL_REQUIRED', { method }), 'total');
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
  phrases: Phrases,
): Lines {
  // inside a TWO_LEVEL group the line's words follow the group's clause (prefix)
  const plan = planFor(total, members, spec, keyPath, phrases, prefix === '');
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
  phrases: Phrases,
): Lines {
  const { point } = phrases;
  const column = readDriver(driver, members, point, phrases.group);
  const rateShown = amountOf(phrases, withPoint(rateText, point));
  const rate = parseDecimal(rateText) as Dec;
  const scale = pow10(rate.scale + column.scale);
  const n = members.length;
  const amounts = new Array<bigint>(n);
  const explanations = new Array<string>(n);
  const applied = new Array<AppliedLimit | null>(n).fill(null);
  for (let k = 0; k < n; k++) {
    const product = rate.units * column.units[k];
    const computed = divRoundHalfAwayFromZero(product * 100n, scale);
    let text = phrases.perUnit(
      driverLead(phrases, column.name, column.texts[k], true),
      rateShown,
      amountOf(phrases, formatTruncated(product, scale, 4, 2, point)),
      column.name,
    );
    if (product * 100n !== computed * scale)
      text += phrases.roundedHalfAwayFromZero(money(phrases, computed));
    const limited = applyLimit(computed, limits, phrases);
    amounts[k] = limited.amount;
    applied[k] = limited.limit;
    explanations[k] = text + limited.text + '.';
  }
  return { amounts, explanations, limits: applied };
}

function bandFees(members: readonly IndexedParticipant[], spec: BandsKeySpec, phrases: Phrases): Lines {
  const column = readDriver(spec.driver, members, phrases.point, phrases.group);
  const bands = bandsFor(spec.bands, phrases);
  const limits = limitsOf(spec);
  const n = members.length;
  const amounts = new Array<bigint>(n);
  const explanations = new Array<string>(n);
  const applied = new Array<AppliedLimit | null>(n).fill(null);
  for (let k = 0; k < n; k++) {
    const band = bandOf(bands, { units: column.units[k], scale: column.scale });
    const limited = applyLimit(band.fee, limits, phrases);
    amounts[k] = limited.amount;
    applied[k] = limited.limit;
    const fee = phrases.amount(band.feeText);
    const lead = driverLead(phrases, column.name, column.texts[k], true);
    explanations[k] = `${phrases.bandFee(lead, band.range, fee)}${limited.text}.`;
  }
  return { amounts, explanations, limits: applied };
}

/** Without a fixed total, a floor or cap simply bounds each amount (nothing is re-shared). */
function applyLimit(
  amount: bigint,
  { floor, cap }: Limits,
  phrases: Phrases,
): { amount: bigint; limit: AppliedLimit | null; text: string } {
  if (cap !== null && amount > cap)
    return { amount: cap, limit: 'CAP', text: phrases.aboveCap(money(phrases, cap)) };
  if (floor !== null && amount > 0n && amount < floor) {
    return { amount: floor, limit: 'FLOOR', text: phrases.belowFloor(money(phrases, floor)) };
  }
  return { amount, limit: null, text: '' };
}

function twoLevel(
  total: bigint,
  members: readonly IndexedParticipant[],
  spec: TwoLevelKeySpec,
  phrases: Phrases,
): Lines {
  const groupIndex = new Map<string, number>();
  spec.groups.forEach((group, g) => groupIndex.set(group.group, g));
  const groups = spec.groups.map((group) => group.group);
  const byGroup: IndexedParticipant[][] = spec.groups.map(() => []);
  for (const member of members) {
    const group = member.participant.group;
    const path = `participants[${member.index}].group`;
    if (group === undefined || group === null || group === '') {
      throw new CostModelError(
        'MISSING_GROUP',
        msg('PARTICIPANT_WITHOUT_GROUP', { participant: member.participant.id, groups }),
        path,
      );
    }
    const g = groupIndex.get(group);
    if (g === undefined) {
      throw new CostModelError(
        'UNKNOWN_GROUP',
        msg('PARTICIPANT_GROUP_UNKNOWN', { participant: member.participant.id, group, groups }),
        path,
      );
    }
    byGroup[g].push(member);
  }
  spec.groups.forEach((group, g) => {
    if (byGroup[g].length === 0) {
      throw new CostModelError(
        'EMPTY_GROUP',
        msg('GROUP_WITHOUT_PARTICIPANT', { group: group.group, percent: group.percent }),
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
    const exact = formatTruncated(total * weights[g], groupSplit.totalWeight * 100n, 4, 2, phrases.point);
    let prefix = phrases.groupGets(
      group.group,
      figure(phrases, withPoint(trimZeros(group.percent), phrases.point)),
      money(phrases, total),
      amountOf(phrases, exact),
    );
    if (groupSplit.remainders[g] !== 0n) {
      prefix += groupSplit.roundedUp[g]
        ? phrases.groupRoundedUp(money(phrases, groupTotal))
        : phrases.roundedDownTo + money(phrases, groupTotal);
    }
    prefix += phrases.withinGroup;
    const keyPath = `groups[${g}].key`;
    const inner = splitByKey(
      groupTotal,
      byGroup[g],
      group.key,
      limitsOf(group.key, inherited),
      keyPath,
      prefix,
      phrases,
    );
    byGroup[g].forEach((member, k) => {
      amounts[member.index] = inner.amounts[k];
      explanations[member.index] = inner.explanations[k];
      applied[member.index] = inner.limits[k];
    });
  });
  return { amounts, explanations, limits: applied };
}
