/**
 * The words of the allocation explanations, in English and in Norwegian Bokmål. The templates in
 * explain.ts, key-plans.ts, fast-split.ts and allocate.ts are written once and take their words from one
 * of these phrase tables, so both languages show the same calculation with the same figures; only the
 * words and the decimal point differ. Each phrase gets its figures already written (with the language's
 * decimal point and currency) and puts them where the language wants them.
 */
import {
  type ExplanationLanguage,
  KNOWN_DRIVERS,
  driverLabel,
  driverValueText,
  groupDigits,
  groupLabel,
} from './labels';
import { DecimalPoint, formatOreWith } from './money';

/** The language of `AllocationLine.explanation`: English (the default) or Norwegian Bokmål. */
export type { ExplanationLanguage };

export interface Phrases {
  /** the decimal separator of every figure: "." (English) or "," (Norwegian) */
  point: DecimalPoint;
  /** the separator of thousands: none in English, a no-break space in Norwegian («1 250 000,50») */
  group: string;
  /** an amount, its figure written: "NOK 33.34" or «33,34 kr» */
  amount: (figure: string) => string;
  /**
   * whether an explanation that starts with the library's own words starts with a capital ("Lik
   * fordeling på 3: …"); inside a TWO_LEVEL group's sentence the same words stay in lower case
   */
  sentenceCase: boolean;
  /**
   * a driver's value in words, the value already written: "population 717710" in English; «717 710
   * innbyggere» in Norwegian (a driver not in the catalogue of labels.ts: its name in words, then the value)
   */
  driverValue: (name: string, value: string) => string;

  // What the key says about one participant: the start of every line's own explanation (lower case).
  equal: (n: number) => string;
  fixedShare: (percent: string) => string;
  /** `driver` is the driver's name and value, "innbyggertall 717710" */
  baseFeePlus: (base: string, driver: string) => string;
  inBand: (driver: string, range: string, fee: string) => string;
  bandRange: (from: string | null, upTo: string | null) => string;
  atOrAboveThreshold: (driver: string, threshold: string) => string;
  belowThreshold: (driver: string, threshold: string) => string;

  // A line of a split of a fixed total.
  /** what the shared lines share: the pool, and why it is less than the total */
  pool: (shared: string, total: string, held: number, hasBases: boolean) => string;
  roundedDownTo: string;
  roundedUpTo: string;
  /** after "rounded up to NOK x": how the left-over øre were handed out */
  largestRemainder: (leftover: string) => string;
  /** after the rounding of a line whose remainder, weight and driver equal those across the cut */
  equalRemainders: (byOrganisationNumber: boolean) => string;
  withBaseFee: string;
  paysNothing: string;
  paysOnlyBase: (base: string) => string;
  /** why a line pays its floor or cap; `alone` is what the key alone gives */
  held: (isCap: boolean, limit: string, alone: string, beyond: boolean) => string;

  // Without a fixed total (PER_UNIT, BANDS): each amount on its own.
  /** `unit` is the driver's name: the rate is per one of its units («per innbygger») */
  perUnit: (driver: string, rate: string, exact: string, unit: string) => string;
  roundedHalfAwayFromZero: (amount: string) => string;
  aboveCap: (cap: string) => string;
  belowFloor: (floor: string) => string;
  bandFee: (driver: string, range: string, fee: string) => string;

  // TWO_LEVEL: the group's amount, written before the line's own explanation.
  groupGets: (group: string, percent: string, total: string, exact: string) => string;
  groupRoundedUp: (amount: string) => string;
  withinGroup: string;
}

const ENGLISH: Phrases = {
  point: '.',
  group: '',
  amount: (figure) => `NOK ${figure}`,
  sentenceCase: false,
  driverValue: (name, value) => `${name} ${value}`,

  equal: (n) => `equal split among ${n}`,
  fixedShare: (percent) => `fixed share ${percent} %`,
  baseFeePlus: (base, driver) => `base fee ${base} plus ${driver}`,
  inBand: (driver, range, fee) => `${driver} is in the band ${range} (fee ${fee})`,
  bandRange: (from, upTo) => {
    if (upTo === null) return from === null ? 'covering all values' : `${from} and over`;
    return from === null ? `under ${upTo}` : `${from} to under ${upTo}`;
  },
  atOrAboveThreshold: (driver, threshold) => `${driver} (at or above the free threshold ${threshold})`,
  belowThreshold: (driver, threshold) => `${driver} is below the free threshold ${threshold}`,

  pool: (shared, total, held, hasBases) => {
    if (held > 0) {
      const lines = `the ${held} line${held === 1 ? '' : 's'} held at a floor or cap`;
      return `${shared} (what is left of ${total} after ${hasBases ? 'the base fees and ' : ''}${lines})`;
    }
    return hasBases ? `${shared} (the total less the base fees)` : shared;
  },
  roundedDownTo: ', rounded down to ',
  roundedUpTo: ', rounded up to ',
  largestRemainder: (leftover) =>
    ` (largest remainder: rounding every line down left ${leftover} øre over, which go one each to the largest remainders)`,
  equalRemainders: (byOrganisationNumber) =>
    `; equal remainders: by ${byOrganisationNumber ? 'organisation number' : 'id'}`,
  withBaseFee: '; with the base fee ',
  paysNothing: ': pays nothing.',
  paysOnlyBase: (base) => `: pays only the base fee, ${base}.`,
  held: (isCap, limit, alone, beyond) => {
    const because = beyond
      ? `the key alone gives ${alone}`
      : `the key alone gives ${alone}, but once the amounts held at the other floors and caps are re-shared it would ${isCap ? 'exceed the cap' : 'fall below the floor'}`;
    const rest = isCap
      ? 'the excess is re-shared among the others by the same key'
      : 'the difference is taken from the others by the same key';
    return `held at the ${isCap ? 'cap' : 'floor'} of ${limit} (${because}); ${rest}.`;
  },

  perUnit: (driver, rate, exact) => `${driver} × ${rate} per unit = ${exact}`,
  roundedHalfAwayFromZero: (amount) => `, rounded half away from zero to ${amount}`,
  aboveCap: (cap) => `; above the cap, so it pays the cap ${cap}`,
  belowFloor: (floor) => `; below the floor, so it pays the floor ${floor}`,
  bandFee: (driver, range, fee) => `${driver} is in the band ${range}: fee ${fee}`,

  groupGets: (group, percent, total, exact) =>
    `${capitalised(groupLabel(group, 'en'))} gets ${percent} % of ${total} = ${exact}`,
  groupRoundedUp: (amount) => `, rounded up to ${amount} (largest remainder)`,
  withinGroup: '. Within the group, ',
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Norwegian Bokmål. An explanation that starts with the library's own words starts with a capital
 * ("Lik fordeling på 3", "Innbyggertall 717710"); a driver name the user chose ("transactions") is kept
 * exactly as given, also at the start. In TWO_LEVEL the group's clause is joined to the line's own by a
 * semicolon, and the line's words then stay in lower case.
 */
const NORWEGIAN: Phrases = {
  point: ',',
  group: '\u00a0',
  amount: (figure) => `${figure} kr`,
  sentenceCase: true,
  driverValue: (name, value) => driverValueText(name, 'nb', value),

  equal: (n) => `lik fordeling på ${n}`,
  fixedShare: (percent) => `fast andel ${percent} %`,
  baseFeePlus: (base, driver) => `grunnavgift ${base} pluss ${driver}`,
  inBand: (driver, range, fee) => `${driver} ligger i intervallet ${range} (avgift ${fee})`,
  bandRange: (from, upTo) => {
    if (upTo === null) return from === null ? 'som dekker alle verdier' : `fra ${from} og oppover`;
    return from === null ? `under ${upTo}` : `fra ${from} til under ${upTo}`;
  },
  atOrAboveThreshold: (driver, threshold) => `${driver} (på eller over terskelen ${threshold})`,
  belowThreshold: (driver, threshold) => `${driver} er under terskelen ${threshold}`,

  pool: (shared, total, held, hasBases) => {
    if (held > 0) {
      const lines = `${held} ${held === 1 ? 'linje' : 'linjer'} er satt til gulv eller tak`;
      return `${shared} (det som er igjen av ${total} når ${hasBases ? 'grunnavgiftene er trukket fra og ' : ''}${lines})`;
    }
    return hasBases ? `${shared} (totalsummen minus grunnavgiftene)` : shared;
  },
  roundedDownTo: ', avrundet ned til ',
  roundedUpTo: ', avrundet opp til ',
  largestRemainder: (leftover) =>
    leftover === '1'
      ? ' (største rest: når alle linjene rundes ned, blir 1 øre til overs; det går til linjen med størst rest)'
      : ` (største rest: når alle linjene rundes ned, blir ${leftover} øre til overs; de går med ett øre hver til linjene med størst rest)`,
  equalRemainders: (byOrganisationNumber) =>
    `; like rester: etter ${byOrganisationNumber ? 'organisasjonsnummer' : 'id'}`,
  withBaseFee: '; med grunnavgiften ',
  paysNothing: ': betaler ingenting.',
  paysOnlyBase: (base) => `: betaler bare grunnavgiften, ${base}.`,
  held: (isCap, limit, alone, beyond) => {
    const because = beyond
      ? `nøkkelen alene gir ${alone}`
      : `nøkkelen alene gir ${alone}, men når de andre linjene er satt til gulv eller tak og resten er fordelt på nytt, ville beløpet ${isCap ? 'gått over taket' : 'kommet under gulvet'}`;
    const rest = isCap
      ? 'det overskytende fordeles på de andre etter samme nøkkel'
      : 'differansen tas fra de andre etter samme nøkkel';
    return `satt til ${isCap ? 'taket' : 'gulvet'} på ${limit} (${because}); ${rest}.`;
  },

  perUnit: (driver, rate, exact, unit) =>
    `${driver} × ${rate} per ${KNOWN_DRIVERS.includes(unit) ? driverLabel(unit, 'nb', 1) : 'enhet'} = ${exact}`,
  roundedHalfAwayFromZero: (amount) => `, avrundet til ${amount} (nærmeste øre; et halvt øre rundes opp)`,
  aboveCap: (cap) => `; det er over taket, så deltakeren betaler taket, ${cap}`,
  belowFloor: (floor) => `; det er under gulvet, så deltakeren betaler gulvet, ${floor}`,
  bandFee: (driver, range, fee) => `${driver} ligger i intervallet ${range}: avgift ${fee}`,

  groupGets: (group, percent, total, exact) =>
    `${capitalised(groupLabel(group, 'nb'))} får ${percent} % av ${total} = ${exact}`,
  groupRoundedUp: (amount) => `, avrundet opp til ${amount} (største rest)`,
  withinGroup: ', som fordeles innad i gruppen; ',
};

export const PHRASES: Readonly<Record<ExplanationLanguage, Phrases>> = { en: ENGLISH, nb: NORWEGIAN };

/**
 * The start of a line's explanation: its first letter in upper case when the language wants that and the
 * line's explanation is not preceded by a TWO_LEVEL group's clause. Only for the library's own words: a
 * driver name the user chose is never changed.
 */
export function startOf(phrases: Phrases, text: string, atStart: boolean): string {
  return atStart && phrases.sentenceCase ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A driver's value as written at the start of a line: «717 710 innbyggere», "transactions 1000". */
export function driverLead(phrases: Phrases, name: string, value: string, atStart: boolean): string {
  const shown = phrases.driverValue(name, value);
  return shown.startsWith(name) ? shown : startOf(phrases, shown, atStart);
}

/** A figure ("1234567,89") with the language's separator of thousands: «1 234 567,89». */
export function figure(phrases: Phrases, text: string): string {
  return groupDigits(text, phrases.group);
}

/** An amount whose figure is written with the language's decimal point: "NOK 33.34", «1 233,34 kr». */
export function amountOf(phrases: Phrases, text: string): string {
  return phrases.amount(groupDigits(text, phrases.group));
}

/** An amount in øre as written in an explanation: "NOK 33.34" or «33,34 kr». */
export function money(phrases: Phrases, ore: bigint): string {
  return amountOf(phrases, formatOreWith(ore, phrases.point));
}
