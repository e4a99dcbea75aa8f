/**
 * Words for things Gevinst names by code or in one grammatical form only: the drivers of cost-sharing keys
 * (`population`, `letters` …) and the units of benefit indicators («saker», «kroner» …), in Norwegian
 * Bokmål and English, each with a singular and a plural form chosen by Intl.PluralRules (issue 17: no
 * code on screen; «850,50 kr per sak», not «per saker»). Definitions and sources: docs/labels.md.
 */

/** The two languages Gevinst writes in. */
export type WordsLanguage = 'nb' | 'en';

/** A noun as a label, and as a count says it: 1 innbygger, 2 innbyggere. */
export interface NounForms {
  /** The name of the quantity, as a column heading or a select shows it: «Innbyggertall». */
  label: string;
  /** The singular: «innbygger» (1 innbygger, 20 kr per innbygger). */
  one: string;
  /** The plural: «innbyggere» (291 940 innbyggere). */
  other: string;
}

/**
 * The drivers Gevinst knows by name. `population` is built in (each organisation's population on
 * 1 January from SSB table 07459, see data/reference/SOURCES.md); the others are quantities an owner
 * enters per initiative and year with setAllocationDrivers, named as the demo and the tests name them.
 */
export const DRIVER_CATALOGUE: Readonly<Record<string, Readonly<Record<WordsLanguage, NounForms>>>> = {
  population: {
    nb: { label: 'Innbyggertall', one: 'innbygger', other: 'innbyggere' },
    en: { label: 'Population', one: 'inhabitant', other: 'inhabitants' },
  },
  letters: {
    nb: { label: 'Antall brev', one: 'brev', other: 'brev' },
    en: { label: 'Number of letters', one: 'letter', other: 'letters' },
  },
  transactions: {
    nb: { label: 'Antall transaksjoner', one: 'transaksjon', other: 'transaksjoner' },
    en: { label: 'Number of transactions', one: 'transaction', other: 'transactions' },
  },
  users: {
    nb: { label: 'Antall brukere', one: 'bruker', other: 'brukere' },
    en: { label: 'Number of users', one: 'user', other: 'users' },
  },
  employees: {
    nb: { label: 'Antall ansatte', one: 'ansatt', other: 'ansatte' },
    en: { label: 'Number of employees', one: 'employee', other: 'employees' },
  },
  cases: {
    nb: { label: 'Antall saker', one: 'sak', other: 'saker' },
    en: { label: 'Number of cases', one: 'case', other: 'cases' },
  },
};

/** The drivers of the catalogue, population first. */
export const KNOWN_DRIVERS: readonly string[] = Object.keys(DRIVER_CATALOGUE);

/**
 * A driver's words. A driver an owner named themselves (not in the catalogue) is their own word: shown as
 * they wrote it, with underscores as spaces («sendte_skjema» → «sendte skjema»), in both forms.
 */
export function driverWords(name: string, language: WordsLanguage): NounForms {
  const known = DRIVER_CATALOGUE[name]?.[language];
  if (known) return known;
  const words = name.replace(/_/g, ' ').trim();
  return { label: words.charAt(0).toUpperCase() + words.slice(1), one: words, other: words };
}

/**
 * The form of a noun for a count, as Intl.PluralRules says for the language: «1 innbygger», «2 innbyggere»,
 * «0 innbyggere». `count` may be an exact decimal string; its visible decimals count as CLDR says
 * («1,50 timer», not «1,50 time»).
 */
export function pluralForm(
  forms: Pick<NounForms, 'one' | 'other'>,
  count: number | string,
  language: WordsLanguage,
): string {
  const text = String(count).replace(/[\s\u00a0\u202f]/g, '');
  const decimals = /[.,](\d+)$/.exec(text)?.[1].length ?? 0;
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) return forms.other;
  const rules = new Intl.PluralRules(language === 'nb' ? 'nb-NO' : 'en', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return rules.select(value) === 'one' ? forms.one : forms.other;
}

/**
 * Units of benefit indicators are free text, written in the plural as a person counts them («saker»,
 * «timer»). These are the singular forms of the ones Gevinst meets (the demo's, and the common ones in
 * DFØ's examples), for «per sak» and «1 sak». A unit not listed is its own singular.
 */
const UNIT_SINGULAR: Readonly<Record<string, string>> = {
  // Norwegian Bokmål
  saker: 'sak',
  timer: 'time',
  dager: 'dag',
  uker: 'uke',
  måneder: 'måned',
  minutter: 'minutt',
  kroner: 'krone',
  henvendelser: 'henvendelse',
  forespørsler: 'forespørsel',
  kontroller: 'kontroll',
  søknader: 'søknad',
  innbyggere: 'innbygger',
  brukere: 'bruker',
  transaksjoner: 'transaksjon',
  årsverk: 'årsverk',
  timeverk: 'timeverk',
  brev: 'brev',
  vedtak: 'vedtak',
  prosent: 'prosent',
  prosentpoeng: 'prosentpoeng',
  // English
  cases: 'case',
  hours: 'hour',
  days: 'day',
  weeks: 'week',
  months: 'month',
  minutes: 'minute',
  letters: 'letter',
  requests: 'request',
  inquiries: 'inquiry',
  applications: 'application',
  checks: 'check',
  users: 'user',
  transactions: 'transaction',
  percent: 'percent',
};

/** A unit's singular and plural: «saker» → { one: «sak», other: «saker» }; case kept as written. */
export function unitForms(unit: string): Pick<NounForms, 'one' | 'other'> {
  const trimmed = unit.trim();
  const singular = UNIT_SINGULAR[trimmed.toLowerCase()];
  if (!singular) return { one: trimmed, other: trimmed };
  const capital = trimmed.charAt(0) !== trimmed.charAt(0).toLowerCase();
  return { one: capital ? singular.charAt(0).toUpperCase() + singular.slice(1) : singular, other: trimmed };
}

/** What follows «per» for a unit: the singular, «kr per sak», «kr per krone», «kr per time». */
export function perUnit(unit: string): string {
  return unitForms(unit).one;
}
