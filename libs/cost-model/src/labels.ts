/**
 * Words for the codes a cost-sharing key is written with, in English and Norwegian Bokmål: a driver
 * ("population" → «innbyggertall», «291 940 innbyggere»), a TWO_LEVEL group ("LOCAL" → «lokalt nivå»),
 * a method ("PROPORTIONAL" → «forholdsmessig etter et fordelingsgrunnlag») and a key's rules as a sentence.
 * One catalogue for the explanations, the exports and the admin's key editor (issue 17: no code on
 * screen or in a file). Definitions and sources: docs/explanations.md.
 */
import {
  type CostSharingKeySpec,
  DRIVER_CATALOGUE,
  type GroupKeySpec,
  KNOWN_DRIVERS as DOMAIN_KNOWN_DRIVERS,
} from '@gevinst/domain';

/** The language of an explanation or a label: English or Norwegian Bokmål. */
export type ExplanationLanguage = 'en' | 'nb';

/** How a driver is named (`name`, within a sentence) and counted (`one`, `many`), in one language. */
interface DriverWords {
  name: string;
  one: string;
  many: string;
}

/**
 * The drivers Gevinst knows by name are libs/domain's DRIVER_CATALOGUE (one catalogue for the admin's key
 * editor, the explanations and the exports); within a sentence a driver's label starts in lower case
 * («Innbyggertall» → «… etter innbyggertall»). Any other driver a key names is shown as its name in words.
 */
function catalogued(driver: string, language: ExplanationLanguage): DriverWords | null {
  if (!Object.prototype.hasOwnProperty.call(DRIVER_CATALOGUE, driver)) return null;
  const words = DRIVER_CATALOGUE[driver][language];
  return {
    name: words.label.charAt(0).toLowerCase() + words.label.slice(1),
    one: words.one,
    many: words.other,
  };
}

/** The drivers with a name in the catalogue, for selects (the admin's key editor). */
export const KNOWN_DRIVERS: readonly string[] = DOMAIN_KNOWN_DRIVERS;

/** "lettersSent" → "letters sent", "cases_per_month" → "cases per month": a name as words. */
export function nameInWords(name: string): string {
  return name
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/**
 * A driver in words. Without `count`: its name («innbyggertall», "population"). With `count` (a number or
 * a decimal string as shown, "1" or "291 940"): the unit in the singular when the count is exactly one,
 * else the plural («innbygger», «innbyggere»). A driver not in the catalogue: its name in words, for both.
 */
export function driverLabel(driver: string, language: ExplanationLanguage, count?: number | string): string {
  const words = catalogued(driver, language);
  if (!words) return nameInWords(driver);
  if (count === undefined) return words.name;
  return isOne(count) ? words.one : words.many;
}

function isOne(count: number | string): boolean {
  return typeof count === 'number' ? count === 1 : /^1([.,]0*)?$/.test(count.trim());
}

/**
 * A driver's value in words, the value already formatted: «291 940 innbyggere», "291940 inhabitants" for a
 * known driver; «transaksjoner per måned 12» (name in words, then the value) for one not in the catalogue.
 */
export function driverValueText(driver: string, language: ExplanationLanguage, value: string): string {
  if (!catalogued(driver, language)) return `${nameInWords(driver)} ${value}`;
  return `${value} ${driverLabel(driver, language, value)}`;
}

/** The administrative levels TWO_LEVEL groups are usually named after (the participant's level). */
const GROUPS: Readonly<Record<string, Readonly<Record<ExplanationLanguage, string>>>> = {
  CENTRAL: { en: 'central government', nb: 'sentralt nivå (staten)' },
  REGIONAL: { en: 'regional level', nb: 'regionalt nivå' },
  LOCAL: { en: 'local level', nb: 'lokalt nivå (kommunene)' },
};

/**
 * A TWO_LEVEL group in words, in lower case: «lokalt nivå (kommunene)», "local level"; a group a key named
 * itself is quoted as given: «gruppen «Nord»», "the group “Nord”".
 */
export function groupLabel(group: string, language: ExplanationLanguage): string {
  const known = Object.prototype.hasOwnProperty.call(GROUPS, group) ? GROUPS[group][language] : null;
  if (known) return known;
  return language === 'nb' ? `gruppen «${group}»` : `the group “${group}”`;
}

const METHODS: Readonly<Record<CostSharingKeySpec['method'], Readonly<Record<ExplanationLanguage, string>>>> =
  {
    EQUAL: { en: 'Equal split', nb: 'Lik fordeling' },
    PROPORTIONAL: { en: 'Proportional to a driver', nb: 'Forholdsmessig etter fordelingsgrunnlag' },
    PER_UNIT: { en: 'Rate per unit', nb: 'Sats per enhet' },
    FIXED_SHARES: { en: 'Fixed percentages', nb: 'Faste prosentandeler' },
    BASE_PLUS_PROPORTIONAL: { en: 'Base fee plus proportional', nb: 'Grunnbeløp pluss forholdsmessig' },
    BANDS: { en: 'Fee by band of a driver', nb: 'Trinnvis etter fordelingsgrunnlag' },
    FREE_THRESHOLD: {
      en: 'Free below a threshold, proportional above',
      nb: 'Fritak under terskel, forholdsmessig over',
    },
    TWO_LEVEL: {
      en: 'Two levels (between groups, then within each group)',
      nb: 'To nivåer (mellom grupper, så innen hver gruppe)',
    },
  };

/** A cost-sharing method in words («Sats per enhet»); an unknown code is returned as it is. */
export function methodLabel(method: string, language: ExplanationLanguage): string {
  return Object.prototype.hasOwnProperty.call(METHODS, method)
    ? METHODS[method as CostSharingKeySpec['method']][language]
    : method;
}

/** How numbers are written in a language: decimal point and the separator of thousands. */
export interface NumberStyle {
  point: '.' | ',';
  /** '' (none) or the no-break space Norwegian uses (as Intl's nb-NO) */
  group: string;
}

export const NUMBER_STYLES: Readonly<Record<ExplanationLanguage, NumberStyle>> = {
  en: { point: '.', group: ',' },
  nb: { point: ',', group: '\u00a0' },
};

/**
 * A decimal text ("-1234567.891" or "1234567,891…") with the thousands of its whole part separated:
 * "1 234 567,891…". Only the first run of digits is grouped; the rest is kept as it is.
 */
export function groupDigits(text: string, separator: string): string {
  if (!separator) return text;
  const match = /^(-?)(\d{4,})(.*)$/s.exec(text);
  if (!match) return text;
  const digits = match[2];
  let grouped = '';
  const head = digits.length % 3;
  if (head) grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3)
    grouped += (grouped ? separator : '') + digits.slice(i, i + 3);
  return match[1] + grouped + match[3];
}

/** A decimal string in API form ("1234.5") in the language's style: «1 234,5», "1,234.5". */
export function formatNumberText(decimal: string, language: ExplanationLanguage): string {
  const style = NUMBER_STYLES[language];
  return groupDigits(style.point === '.' ? decimal : decimal.replace('.', style.point), style.group);
}

/** An amount in API form ("1250000.5") as money: «1 250 000,50 kr», "NOK 1,250,000.50". */
export function formatMoneyText(amount: string, language: ExplanationLanguage): string {
  const [whole, fraction = ''] = amount.split('.');
  const text = formatNumberText(`${whole}.${fraction.padEnd(2, '0')}`, language);
  return language === 'nb' ? `${text} kr` : `NOK ${text}`;
}

function percentText(percent: string, language: ExplanationLanguage): string {
  return `${formatNumberText(percent, language)} %`;
}

/**
 * A key's rules as one readable sentence (the workbook's «Regler»), with the method, drivers, amounts
 * and groups in words and the language's number format; fixed shares name the participant through
 * `participantName` (an organisation's name for its id), or the id when it is not known.
 */
export function keyRulesText(
  spec: CostSharingKeySpec,
  language: ExplanationLanguage,
  participantName: (id: string) => string | undefined = () => undefined,
): string {
  const nb = language === 'nb';
  const money = (amount: string) => formatMoneyText(amount, language);
  const limits = (s: { floor?: string; cap?: string }): string => {
    const parts: string[] = [];
    if (s.floor !== undefined) parts.push(nb ? `gulv ${money(s.floor)}` : `floor ${money(s.floor)}`);
    if (s.cap !== undefined) parts.push(nb ? `tak ${money(s.cap)}` : `cap ${money(s.cap)}`);
    return parts.length ? `; ${parts.join(nb ? ' og ' : ' and ')}` : '';
  };
  const by = (driver: string) => driverLabel(driver, language);
  const rule = (s: CostSharingKeySpec | GroupKeySpec): string => {
    switch (s.method) {
      case 'EQUAL':
        return nb ? 'likt mellom deltakerne' : 'equally among the participants';
      case 'PROPORTIONAL':
        return nb ? `forholdsmessig etter ${by(s.driver)}` : `in proportion to ${by(s.driver)}`;
      case 'PER_UNIT':
        return `${money(s.rate)} per ${driverLabel(s.driver, language, 1)} (${by(s.driver)})`;
      case 'FIXED_SHARES': {
        const shares = Object.entries(s.shares)
          .map(([id, share]) => `${participantName(id) ?? id} ${percentText(share, language)}`)
          .join(', ');
        return nb ? `faste andeler: ${shares}` : `fixed shares: ${shares}`;
      }
      case 'BASE_PLUS_PROPORTIONAL':
        return nb
          ? `grunnavgift ${money(s.base)} per deltaker, resten forholdsmessig etter ${by(s.driver)}`
          : `a base fee of ${money(s.base)} per participant, the rest in proportion to ${by(s.driver)}`;
      case 'BANDS': {
        const num = (value: string | number) => formatNumberText(String(value), language);
        const bands = s.bands.map((band, index) => {
          const from = index === 0 ? undefined : s.bands[index - 1].upTo;
          let range: string;
          if (band.upTo === undefined) {
            if (from === undefined) range = nb ? 'alle verdier' : 'all values';
            else range = nb ? `fra ${num(from)}` : `from ${num(from)}`;
          } else if (from === undefined) range = `under ${num(band.upTo)}`;
          else
            range = nb
              ? `${num(from)} til under ${num(band.upTo)}`
              : `${num(from)} to under ${num(band.upTo)}`;
          return `${range}: ${money(band.fee)}`;
        });
        return nb
          ? `avgift etter ${by(s.driver)} i trinn (${bands.join('; ')})`
          : `a fee by band of ${by(s.driver)} (${bands.join('; ')})`;
      }
      case 'FREE_THRESHOLD':
        return nb
          ? `ingenting under ${formatNumberText(String(s.threshold), language)} (${by(s.driver)}), forholdsmessig over`
          : `nothing below ${formatNumberText(String(s.threshold), language)} (${by(s.driver)}), in proportion above`;
      case 'TWO_LEVEL': {
        const groups = s.groups
          .map(
            (g) =>
              `${groupLabel(g.group, language)} ${percentText(g.percent, language)}, ${rule(g.key)}${limits(g.key)}`,
          )
          .join('; ');
        return nb ? `først mellom gruppene: ${groups}` : `first between the groups: ${groups}`;
      }
    }
  };
  return `${methodLabel(spec.method, language)}: ${rule(spec)}${limits(spec)}.`;
}
