/**
 * Every key that splits a fixed total, reduced to the same shape: a weight per participant (and a base
 * fee for BASE_PLUS_PROPORTIONAL), plus the words that explain each line, in the language of the phrase
 * table given (phrases.ts). split.ts and fast-split.ts do the arithmetic; explain.ts writes the
 * explanations.
 */
import { type FeeBand, type GroupKeySpec, type Message, msg } from '@gevinst/domain';
import { DriverColumn, IndexedParticipant, readDriver } from './drivers';
import { CostModelError } from './errors';
import {
  Dec,
  DecimalPoint,
  compareDec,
  formatDec,
  formatDecWith,
  formatOre,
  formatOreWith,
  formatScaled,
  parseAmount,
  parseDecimal,
  pow10,
  rescale,
  trimZeros,
  withPoint,
} from './money';
import { PHRASES, Phrases, driverLead, figure, money, startOf } from './phrases';
import { SplitInput } from './split';

/** `at("groups[1].key", "driver")` → "groups[1].key.driver"; `at("", "driver")` → "driver". */
export const at = (keyPath: string, field: string): string =>
  keyPath === '' ? field : `${keyPath}.${field}`;

/** A fixed-total key reduced to weights (and base fees), with the words to explain each line. */
export interface KeyPlan {
  input: SplitInput;
  /** the words and number format of the explanations */
  phrases: Phrases;
  /** what the key says about member k: "population 717710", "fixed share 25.5 %" */
  lead: (k: number) => string;
  /** member k's weight as shown in the calculation */
  weightText: (k: number) => string;
  /** a sum of weights as shown in the calculation */
  sumText: (weight: bigint) => string;
  /** why an exempt member pays nothing */
  exemptText: (k: number) => string;
}

export function planFor(
  total: bigint,
  members: readonly IndexedParticipant[],
  spec: GroupKeySpec,
  keyPath: string,
  phrases: Phrases = PHRASES.en,
  atStart = true,
): KeyPlan {
  const n = members.length;
  const ids = members.map((member) => member.participant.id);
  const tieKeys = members.some((member) => member.participant.tieKey !== undefined)
    ? members.map((member) => member.participant.tieKey ?? member.participant.id)
    : undefined;
  const { point, group } = phrases;
  switch (spec.method) {
    case 'EQUAL': {
      const ones = new Array<bigint>(n).fill(1n);
      const lead = startOf(phrases, phrases.equal(n), atStart);
      return {
        input: { ids, tieKeys, weights: ones, drivers: new Array<bigint>(n).fill(0n), bases: null },
        phrases,
        lead: () => lead,
        weightText: () => '1',
        sumText: (weight) => weight.toString(),
        exemptText: () => '',
      };
    }
    case 'PROPORTIONAL': {
      const column = readDriver(spec.driver, members, point, group);
      requirePositiveWeight(total, column.units, keyPath, (amount) => driverSumZero(column, n, amount));
      const lead = (k: number) => driverLead(phrases, column.name, column.texts[k], atStart);
      return {
        input: { ids, tieKeys, weights: column.units, drivers: column.units, bases: null },
        phrases,
        lead,
        weightText: (k) => column.texts[k],
        sumText: (weight) => figure(phrases, formatScaled(weight, column.scale, point)),
        exemptText: lead,
      };
    }
    case 'FIXED_SHARES': {
      const shares = sharesFor(members, spec.shares, keyPath, point);
      return {
        input: { ids, tieKeys, weights: shares.units, drivers: shares.units, bases: null },
        phrases,
        lead: (k) => startOf(phrases, phrases.fixedShare(shares.texts[k]), atStart),
        weightText: (k) => shares.texts[k],
        sumText: (weight) => figure(phrases, withPoint(trimZeros(formatScaled(weight, shares.scale)), point)),
        exemptText: () => startOf(phrases, phrases.fixedShare('0'), atStart),
      };
    }
    case 'BASE_PLUS_PROPORTIONAL': {
      const base = parseAmount(spec.base, at(keyPath, 'base'));
      const bases = base * BigInt(n);
      if (bases > total) {
        throw new CostModelError(
          'BASES_EXCEED_TOTAL',
          msg('BASE_FEES_EXCEED_TOTAL', {
            base: formatOre(base),
            participants: n,
            bases: formatOre(bases),
            total: formatOre(total),
          }),
          at(keyPath, 'base'),
        );
      }
      const column = readDriver(spec.driver, members, point, group);
      requirePositiveWeight(total - bases, column.units, keyPath, (amount) =>
        driverSumZero(column, n, amount),
      );
      const baseText = money(phrases, base);
      return {
        input: {
          ids,
          tieKeys,
          weights: column.units,
          drivers: column.units,
          bases: new Array<bigint>(n).fill(base),
        },
        phrases,
        lead: (k) =>
          startOf(
            phrases,
            phrases.baseFeePlus(baseText, phrases.driverValue(column.name, column.texts[k])),
            atStart,
          ),
        weightText: (k) => column.texts[k],
        sumText: (weight) => figure(phrases, formatScaled(weight, column.scale, point)),
        exemptText: (k) => driverLead(phrases, column.name, column.texts[k], atStart),
      };
    }
    case 'BANDS': {
      const column = readDriver(spec.driver, members, point, group);
      const bands = bandsFor(spec.bands, phrases);
      const placed = column.units.map((units) => bandOf(bands, { units, scale: column.scale }));
      const weights = placed.map((band) => band.fee);
      requirePositiveWeight(total, weights, keyPath, (amount) => msg('BAND_FEES_ADD_UP_TO_ZERO', { amount }));
      const lead = (k: number): string =>
        phrases.inBand(
          driverLead(phrases, column.name, column.texts[k], atStart),
          placed[k].range,
          phrases.amount(placed[k].feeText),
        );
      return {
        input: { ids, tieKeys, weights, drivers: column.units, bases: null },
        phrases,
        lead,
        weightText: (k) => placed[k].feeText,
        sumText: (weight) => figure(phrases, formatOreWith(weight, point)),
        exemptText: lead,
      };
    }
    case 'FREE_THRESHOLD': {
      const column = readDriver(spec.driver, members, point, group);
      const threshold = parseDecimal(spec.threshold) as Dec;
      const thresholdText = formatDec(threshold);
      const thresholdShown = figure(phrases, formatDecWith(threshold, point));
      const bar = rescaleUp(threshold, column.scale);
      const weights = column.units.map((units) => (units * pow10(bar.extra) >= bar.units ? units : 0n));
      requirePositiveWeight(total, weights, keyPath, (amount) =>
        msg('DRIVERS_ABOVE_THRESHOLD_ADD_UP_TO_ZERO', {
          driver: column.name,
          threshold: thresholdText,
          amount,
        }),
      );
      const name = (k: number) => driverLead(phrases, column.name, column.texts[k], atStart);
      return {
        input: { ids, tieKeys, weights, drivers: column.units, bases: null },
        phrases,
        lead: (k) => phrases.atOrAboveThreshold(name(k), thresholdShown),
        weightText: (k) => column.texts[k],
        sumText: (weight) => figure(phrases, formatScaled(weight, column.scale, point)),
        exemptText: (k) =>
          weights[k] === 0n && column.units[k] * pow10(bar.extra) < bar.units
            ? phrases.belowThreshold(name(k), thresholdShown)
            : name(k),
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
  /** Why `amount` (formatted) cannot be shared. */
  why: (amount: string) => Message,
): void {
  if (toShare === 0n) return;
  for (const weight of weights) if (weight > 0n) return;
  throw new CostModelError('ZERO_TOTAL_DRIVER', why(formatOre(toShare)), at(keyPath, 'driver'));
}

function driverSumZero(column: DriverColumn, n: number, amount: string): Message {
  return msg('DRIVERS_ADD_UP_TO_ZERO', { driver: column.name, participants: n, amount });
}

function sharesFor(
  members: readonly IndexedParticipant[],
  shares: Record<string, string>,
  keyPath: string,
  point: DecimalPoint,
): { units: bigint[]; scale: number; texts: string[] } {
  const present = new Set(members.map((member) => member.participant.id));
  for (const id of Object.keys(shares)) {
    if (!present.has(id)) {
      throw new CostModelError(
        'UNKNOWN_PARTICIPANT',
        msg('FIXED_SHARE_OF_NON_PARTICIPANT', { participant: id }),
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
        msg('FIXED_SHARE_MISSING', { participant: participant.id, index }),
        `${at(keyPath, 'shares')}[${JSON.stringify(participant.id)}]`,
      );
    }
    return parseDecimal(share) as Dec;
  });
  const scale = Math.max(0, ...parsed.map((share) => share.scale));
  const units = parsed.map((share) => rescale(share, scale));
  return { units, scale, texts: parsed.map((share) => formatDecWith(share, point)) };
}

export interface Band {
  upTo: Dec | null;
  fee: bigint;
  /** the fee as written in explanations, "20000.00" ("20000,00" in Norwegian) */
  feeText: string;
  /** the band's driver values in words: "10000 to under 50000" */
  range: string;
}

export function bandsFor(bands: readonly FeeBand[], phrases: Phrases = PHRASES.en): Band[] {
  const { point } = phrases;
  return bands.map((band, index) => {
    const upTo = band.upTo === undefined ? null : (parseDecimal(band.upTo) as Dec);
    const from =
      index === 0 ? null : figure(phrases, formatDecWith(parseDecimal(bands[index - 1].upTo) as Dec, point));
    const range = phrases.bandRange(from, upTo === null ? null : figure(phrases, formatDecWith(upTo, point)));
    const fee = parseAmount(band.fee, `bands[${index}].fee`);
    return { upTo, fee, feeText: figure(phrases, formatOreWith(fee, point)), range };
  });
}

/** The band a driver value falls in: the first whose (exclusive) upper bound is above it. */
export function bandOf(bands: readonly Band[], value: Dec): Band {
  for (const band of bands) if (band.upTo === null || compareDec(value, band.upTo) < 0) return band;
  return bands[bands.length - 1];
}
