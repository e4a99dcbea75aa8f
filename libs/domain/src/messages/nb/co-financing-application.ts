import type { CatalogueOf } from '../types';
import { type coFinancingApplicationEn, groupedNok } from '../en/co-financing-application';
import { got, kind as kindWords } from './words';

const CATEGORY_NB: Record<string, string> = { CATEGORY_1: 'kategori 1', CATEGORY_2: 'kategori 2' };
const category = (code: string) => CATEGORY_NB[code] ?? code;
const kind = (code: string) => kindWords(code) ?? code;
/** "16000000.00" → "16 000 000,00" (nb-NO: a no-break space between thousands, a decimal comma). */
const nok = (value: string) => groupedNok(value, '\u00a0', ',');
const STATUS_NB: Record<string, string> = {
  DRAFT: 'et utkast',
  SUBMITTED: 'sendt inn',
  APPROVED: 'innvilget',
  REJECTED: 'avslått',
};
const status = (code: string) => STATUS_NB[code] ?? code;

export const coFinancingApplicationNb: CatalogueOf<typeof coFinancingApplicationEn> = {
  POSITIVE_AMOUNT: (p) => `må være et beløp over 0 (fikk ${got(p.got)})`,
  MEDFIN_APPLICANT_KIND: (p) => `Bare statlige virksomheter kan søke: ${p.name} er ${kind(p.kind)}`,
  MEDFIN_LOCAL_ONLY_PARTNER: (p) =>
    `Kommuner og fylkeskommuner kan bare være partnere: ${p.name} er ${kind(p.kind)} og kan ikke søke`,
  MEDFIN_COST_BELOW_MIN: (p) =>
    `Samlet kostnad ${nok(p.got)} kr er under minstegrensen for ${category(p.category)} på ${nok(p.min)} kr`,
  MEDFIN_COST_ABOVE_MAX: (p) =>
    `Samlet kostnad ${nok(p.got)} kr er over øvre grense for ${category(p.category)} på ${nok(p.max)} kr`,
  MEDFIN_GRANT_ABOVE_SHARE: (p) =>
    `Omsøkt beløp ${nok(p.got)} kr er mer enn ${p.percent} % av samlet kostnad (${nok(p.max)} kr), som er det ${category(p.category)} tillater`,
  MEDFIN_GRANT_ABOVE_CAP: (p) =>
    `Omsøkt beløp ${nok(p.got)} kr er over taket for ${category(p.category)} på ${nok(p.max)} kr`,
  MEDFIN_KS_NOT_CONSULTED: (p) =>
    `KS skal konsulteres når kommuner eller fylkeskommuner deltar (${p.count}: ${p.names.join(', ')}${p.count > p.names.length ? ', …' : ''}); ingen konsultasjon er registrert`,
  MEDFIN_NOT_PROFITABLE: (p) =>
    `Prosjektet må være samfunnsøkonomisk lønnsomt: netto nåverdi er ${nok(p.npv)} kr`,
  MEDFIN_NPV_UNKNOWN: () =>
    'Prosjektet må være samfunnsøkonomisk lønnsomt: netto nåverdi kan ikke beregnes (ingen kostnader eller gevinster registrert)',
  MEDFIN_UNKNOWN_FINDING: (p) => `er ikke en avvikskode i ordningen (fikk ${got(p.got)})`,
  MEDFIN_NOT_EXCEPTABLE: (p) =>
    `${p.code} kan ikke godtas som unntak: hvem som kan søke, kan ikke sekretariatet fravike`,
  MEDFIN_BY_YEAR_SUM: (p) =>
    `må summere seg til omsøkt beløp: årene summerer seg til ${nok(p.sum)} kr, omsøkt beløp er ${nok(p.requested)} kr`,
  MEDFIN_NO_RULE_SET: (p) =>
    `har ingen regler for medfinansiering registrert for utlysninger i ${p.year} (reglene starter med utlysningene i 2020)`,
  MEDFIN_CALL_YEAR_TAKEN: (p) => `har allerede en utlysning: «${p.title}» (én utlysning per år)`,
  MEDFIN_CALL_ACCESS: () => 'Bare ordningenes sekretariat og administratorer forvalter utlysninger',
  MEDFIN_CALL_CLOSED: (p) =>
    `Utlysningen «${p.title}» er stengt: søknader kan ikke lenger opprettes eller sendes inn`,
  MEDFIN_APPLICATION_ACCESS: (p) =>
    `Bare tiltakseiere i organisasjonen som eier ${p.code} (eller administratorer) kan utarbeide og sende inn søknaden`,
  MEDFIN_APPLICATION_READ_ACCESS: () =>
    'Søknader om medfinansiering er for søkerorganisasjonen, ordningenes sekretariat og administratorer',
  MEDFIN_DECISION_ACCESS: () =>
    'Bare ordningenes sekretariat og administratorer kan registrere unntak og avgjøre søknader',
  MEDFIN_APPLICATION_EXISTS: (p) => `${p.code} har allerede en søknad i «${p.title}»`,
  MEDFIN_NOT_DRAFT: (p) => `Søknaden er ${status(p.status)}: bare et utkast kan endres eller sendes inn`,
  MEDFIN_NOT_SUBMITTED: (p) =>
    `Søknaden er ${status(p.status)}: bare en innsendt søknad kan avgjøres eller få unntak`,
  MEDFIN_NOT_ELIGIBLE: (p) =>
    `Søknaden kan ikke innvilges så lenge reglene brytes uten unntak: ${p.codes.join(', ')}`,
  MEDFIN_CALL_ID_REQUIRED: () => 'må fylles ut (id-en til en utlysning)',
};
