import type { CatalogueOf } from '../types';
import type { costModelEn } from '../en/cost-model';
import { got } from './words';

/** "5000.00" as Norwegian writes an amount: "kr 5000,00". */
const kr = (amount: string): string => `kr ${amount.replace('.', ',')}`;

/** `"A", "B"`: the key's group names as the English lists them. */
const quotedList = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(', ');

const percentage = (of: 'share' | 'group'): string =>
  of === 'share' ? 'en prosentandel' : 'gruppens prosentandel';

export const costModelNb: CatalogueOf<typeof costModelEn> = {
  SPEC_REQUIRED: () => 'må fylles ut',
  SPEC_UNKNOWN_FIELD: () => 'ukjent felt',
  SPEC_NOT_JSON: () => 'nøkkelspesifikasjonen er ikke gyldig JSON',
  SPEC_INVALID: (p) => `ugyldig fordelingsnøkkel: ${p.problemsNb.join('; ')}`,
  SPEC_AMOUNT_NOT_A_STRING: (p) => `må være et kronebeløp som tekst, for eksempel «${p.example}»`,
  SPEC_AMOUNT_FORMAT: (p) => `må være et kronebeløp med høyst to desimaler, for eksempel «${p.example}»`,
  SPEC_RATE_NOT_A_STRING: () =>
    'må være en sats i kroner per enhet som tekst, for eksempel «20.00» eller «0.125»',
  SPEC_RATE_FORMAT: () =>
    'må være en ikke-negativ sats i kroner per enhet, for eksempel «20.00» eller «0.125»',
  SPEC_PERCENT_NOT_A_STRING: (p) => `må være ${percentage(p.of)} som tekst, for eksempel «25.5»`,
  SPEC_PERCENT_FORMAT: (p) => `må være ${percentage(p.of)} med høyst 10 desimaler, for eksempel «25.5»`,
  SPEC_DRIVER_NAME: () => 'må angi et fordelingsgrunnlag, for eksempel «population»',
  SPEC_QUANTITY: () =>
    'må være et ikke-negativt tall eller et desimaltall skrevet som tekst, for eksempel 10000',
  SPEC_PARTICIPANT_ID_EMPTY: () => 'en deltaker-id kan ikke være tom',
  SPEC_SHARES_OBJECT: () =>
    'må være et objekt med prosentandeler per deltaker-id, for eksempel { "958935420": "25.5" }',
  SPEC_BANDS_LIST: () =>
    'må være en liste over intervaller, for eksempel [{ "upTo": 10000, "fee": "10000.00" }, { "fee": "20000.00" }]',
  SPEC_BANDS_EMPTY: () => 'må ha minst ett intervall',
  SPEC_METHOD_OBJECT: () => 'må være et objekt med «method»',
  SPEC_METHOD_REQUIRED: (p) => `må fylles ut: en av ${p.methods.join(', ')}`,
  SPEC_METHOD_UNKNOWN: (p) =>
    `må være en av ${p.methods.join(', ')}${p.inGroup ? '; PER_UNIT og TWO_LEVEL kan ikke brukes i en gruppe' : ''} (fikk ${got(p.got)})`,
  SPEC_GROUP_NAME: () => 'må angi gruppen, for eksempel «LOCAL»',
  SPEC_GROUPS_LIST: () =>
    'må være en liste over grupper, for eksempel [{ "group": "LOCAL", "percent": "50", "key": {...} }]',
  SPEC_SUB_INPUT_REQUIRED: (p) => `må fylles ut for ${p.method}: oppgi ${p.field}`,
  SPEC_SUB_INPUT_OTHER_METHOD: (p) => `hører til en annen metode: oppgi bare feltene for ${p.method}`,
  SPEC_SHARE_DUPLICATE: () => 'samme deltaker er oppgitt mer enn én gang',
  SPEC_ONE_OF_SPEC_OR_KEY_SPEC: (p) =>
    p.given === 'both'
      ? 'oppgi enten spec eller keySpec, ikke begge'
      : 'må fylles ut: oppgi keySpec (eller den utfasede spec)',
  SPEC_GROUPS_EMPTY: () => 'må ha minst én gruppe',
  SPEC_CAP_BELOW_FLOOR: (p) => `kan ikke være lavere enn gulvet (${p.floor})`,
  SPEC_SHARES_EMPTY: () => 'må nevne minst én deltaker',
  SPEC_GROUP_TWICE: (p) =>
    `«${p.group}» er allerede groups[${p.first}]; hver gruppe kan bare forekomme én gang`,
  SPEC_NOT_100: (p) =>
    `${p.of === 'shares' ? 'andelene' : 'gruppeprosentene'} må til sammen bli nøyaktig 100 (de blir ${p.sum})`,
  SPEC_LAST_BAND_OPEN: () =>
    'det siste intervallet må være åpent (uten upTo), slik at alle verdier av fordelingsgrunnlaget havner i et intervall',
  SPEC_BAND_BOUND_REQUIRED: () => 'må fylles ut (bare det siste intervallet er åpent)',
  SPEC_BAND_BOUND_NOT_RISING: (p) => `må være større enn ${p.bound}`,
  SPEC_WRONG_TYPE: (p) => `ugyldig verdi: forventet ${p.expected}, fikk ${p.received}`,
  // zod's own words for a problem the schema does not name: there is nothing to translate them from.
  SPEC_OTHER: (p) => `ugyldig verdi: ${p.detail}`,

  EXPLANATION_LANGUAGE: (p) => `forklaringsspråket må være «en» eller «nb» (fikk ${got(p.got)})`,
  PER_UNIT_HAS_NO_TOTAL: () =>
    'PER_UNIT har ingen fast totalsum: hver deltaker betaler sats × fordelingsgrunnlag; send null som totalsum',
  TOTAL_REQUIRED: (p) => `${p.method} fordeler en fast totalsum; oppgi en, for eksempel «100000.00»`,
  PARTICIPANT_WITHOUT_GROUP: (p) =>
    `deltakeren «${p.participant}» har ingen gruppe; denne TWO_LEVEL-nøkkelen trenger en av ${quotedList(p.groups)}`,
  PARTICIPANT_GROUP_UNKNOWN: (p) =>
    `deltakeren «${p.participant}» er i gruppen «${p.group}», som ikke finnes i nøkkelen (${quotedList(p.groups)})`,
  GROUP_WITHOUT_PARTICIPANT: (p) =>
    `gruppen «${p.group}» har ingen deltakere, så gruppens ${p.percent} % av totalsummen ville gått tapt`,
  NOT_A_DECIMAL: (p) => `må være et tall eller et desimaltall skrevet som tekst (fikk ${got(p.got)})`,
  AMOUNT_NOT_A_STRING: (p) =>
    `må være et kronebeløp som tekst med høyst to desimaler, for eksempel «1234.50» (fikk ${got(p.got)})`,
  DRIVER_MISSING: (p) => `deltakeren «${p.participant}» mangler fordelingsgrunnlaget «${p.driver}»`,
  DRIVER_NOT_A_NUMBER: (p) =>
    `deltakeren «${p.participant}» har fordelingsgrunnlaget «${p.driver}», som ikke er et endelig tall eller et desimaltall skrevet som tekst med høyst ${p.decimals} desimaler (fikk ${got(p.got)})`,
  DRIVER_NEGATIVE: (p) =>
    `deltakeren «${p.participant}» har et negativt fordelingsgrunnlag «${p.driver}» (${p.value}); fordelingsgrunnlag må være 0 eller mer`,
  NO_PARTICIPANTS: () => 'det må være minst én deltaker å fordele på',
  PARTICIPANT_ID_MISSING: () => 'hver deltaker må ha en id som ikke er tom',
  PARTICIPANT_ID_TWICE: (p) =>
    `deltaker-id-en «${p.id}» står to ganger (participants[${p.first}] og participants[${p.second}])`,
  BASE_FEES_EXCEED_TOTAL: (p) =>
    `grunnavgiftene alene, ${kr(p.base)} × ${p.participants} deltakere = ${kr(p.bases)}, er mer enn totalsummen ${kr(p.total)}`,
  DRIVERS_ADD_UP_TO_ZERO: (p) =>
    `fordelingsgrunnlaget «${p.driver}» for de ${p.participants} deltakerne er til sammen null, så ${kr(p.amount)} kan ikke fordeles forholdsmessig`,
  DRIVERS_ABOVE_THRESHOLD_ADD_UP_TO_ZERO: (p) =>
    `fordelingsgrunnlaget «${p.driver}» på eller over fritaksterskelen ${p.threshold} er til sammen null, så ${kr(p.amount)} kan ikke fordeles forholdsmessig`,
  BAND_FEES_ADD_UP_TO_ZERO: (p) =>
    `intervallavgiftene for alle deltakerne er til sammen null, så ${kr(p.amount)} kan ikke fordeles forholdsmessig`,
  FIXED_SHARE_OF_NON_PARTICIPANT: (p) =>
    `de faste andelene nevner «${p.participant}», som ikke er blant deltakerne`,
  FIXED_SHARE_MISSING: (p) =>
    `deltakeren «${p.participant}» (participants[${p.index}]) har ingen fast andel i nøkkelen`,
  FIXED_AMOUNTS_NOT_TOTAL: (p) =>
    `deltakernes faste beløp blir til sammen ${kr(p.sum)}, ikke totalsummen ${kr(p.total)}`,
  FLOORS_EXCEED_TOTAL: (p) =>
    `gulvene${p.withBaseFees ? ' og grunnavgiftene' : ''} for de ${p.payers} betalende deltakerne blir til sammen minst ${kr(p.atLeast)}, mer enn totalsummen ${kr(p.total)}`,
  CAP_BELOW_TOTAL: (p) =>
    `med et tak på ${kr(p.cap)} kan de ${p.participants} deltakerne som deler etter nøkkelen, betale høyst ${kr(p.atMost)} til sammen, mindre enn totalsummen ${kr(p.total)}`,

  WHOLE_YEAR: (p) => `må være et helt årstall (fikk ${got(p.got)})`,
  YEARLY_FLOWS_LIST: () => 'må være en liste over årlige kontantstrømmer',
  FLOW_YEAR: (p) => `må være et helt årstall, ikke før basisåret ${p.baseYear} (fikk ${got(p.got)})`,
  PART_EXCEEDS_WHOLE: (p) => `${p.part} er en del av ${p.whole} og kan ikke være større`,
  DISCOUNT_PERIODS_EMPTY: () => 'må ha minst én periode',
  LAST_PERIOD_OPEN: () => 'den siste perioden må være åpen (uten throughYear)',
  PERIOD_END_REQUIRED: () => 'må fylles ut (bare den siste perioden er åpen)',
  WHOLE_YEAR_AFTER: (p) => `må være et helt årstall etter ${p.year}`,

  ORGANISATION_ID_EMPTY: () => 'må være en organisasjons-id som ikke er tom',
  NOT_AN_ADMINISTRATIVE_LEVEL: () => 'må være et forvaltningsnivå',
  ORGANISATION_LEVEL_DIFFERS: (p) =>
    `organisasjonen «${p.organisation}» er oppgitt som ${p.elsewhere} et annet sted og som ${p.here} her`,

  INITIATIVE_NOT_LISTED: (p) => `må være et av tiltakene som er oppgitt (fikk ${got(p.got)})`,
  NOT_A_FUNDING_SCHEME: (p) =>
    `må være en finansieringskilde: OWN_BUDGET, CO_FINANCING, DIGIFIN, STIMULAB eller OTHER (fikk ${got(p.got)})`,
  PAYING_ORGANISATION_NEEDS_OWN_BUDGET: (p) =>
    `bare en kostnad over eget budsjett oppgir en betalende organisasjon; ${p.scheme} betales av ordningen`,

  NOT_A_DATE: (p) => `må være en dato skrevet ÅÅÅÅ-MM-DD (fikk ${got(p.got)})`,
  DATES_LIST: () => 'må være en liste over datoer',
  INDICATOR_KIND: (p) => `må være RATE eller PERIOD_TOTAL (fikk ${got(p.got)})`,
  DIRECTION: (p) => `må være INCREASE eller DECREASE (fikk ${got(p.got)})`,
  DATED_VALUES_LIST: () => 'må være en liste over { date, value }',
  AFTER_BASELINE_DATE: () => 'må være etter nullpunktsdatoen',
  AFTER_TARGET_DATE: (p) => `må være etter datoen til ${p.target}`,
  AMBER_ABOVE_GREEN: () => 'kan ikke være høyere enn greenAt',
  MEASUREMENTS_ON_SAME_DATE: (p) =>
    `to målinger den ${p.date}; behold én per dato, så resultatet ikke avhenger av rekkefølgen`,
  FUNDING_SCHEME_UNKNOWN: (p) =>
    `må være en av CO_FINANCING, DIGIFIN, STIMULAB, OWN_BUDGET, OTHER (fikk ${got(p.got)})`,
  FUNDING_YEAR_NOT_INTEGER: (p) => `må være et helt årstall (fikk ${p.got})`,
};
