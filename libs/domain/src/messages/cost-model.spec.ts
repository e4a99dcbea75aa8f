import { type Message, msg, renderMessage } from './catalogue';

const ID = '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3f4a5b6c';
const ALL_METHODS = [
  'EQUAL',
  'PROPORTIONAL',
  'PER_UNIT',
  'FIXED_SHARES',
  'BASE_PLUS_PROPORTIONAL',
  'BANDS',
  'FREE_THRESHOLD',
  'TWO_LEVEL',
];
const GROUP_METHODS = [
  'EQUAL',
  'PROPORTIONAL',
  'FIXED_SHARES',
  'BASE_PLUS_PROPORTIONAL',
  'BANDS',
  'FREE_THRESHOLD',
];

// Hand-written examples: the English is exactly what libs/cost-model said before codes existed.
const EXAMPLES: [Message, string, string][] = [
  // The key specification
  [msg('SPEC_REQUIRED'), 'required', 'må fylles ut'],
  [msg('SPEC_UNKNOWN_FIELD'), 'unknown field', 'ukjent felt'],
  [
    msg('SPEC_NOT_JSON'),
    'the key specification is not valid JSON',
    'nøkkelspesifikasjonen er ikke gyldig JSON',
  ],
  [
    msg('SPEC_INVALID', {
      problems: ['driver: required', 'extra: unknown field'],
      problemsNb: ['driver: må fylles ut', 'extra: ukjent felt'],
    }),
    'invalid cost-sharing key: driver: required; extra: unknown field',
    'ugyldig fordelingsnøkkel: driver: må fylles ut; extra: ukjent felt',
  ],
  [
    msg('SPEC_AMOUNT_NOT_A_STRING', { example: '1000.00' }),
    'must be a NOK amount as a string, such as "1000.00"',
    'må være et kronebeløp som tekst, for eksempel «1000.00»',
  ],
  [
    msg('SPEC_AMOUNT_FORMAT', { example: '50000.00' }),
    'must be a NOK amount with at most two decimals, such as "50000.00"',
    'må være et kronebeløp med høyst to desimaler, for eksempel «50000.00»',
  ],
  [
    msg('SPEC_RATE_NOT_A_STRING'),
    'must be a rate in NOK per unit as a string, such as "20.00" or "0.125"',
    'må være en sats i kroner per enhet som tekst, for eksempel «20.00» eller «0.125»',
  ],
  [
    msg('SPEC_RATE_FORMAT'),
    'must be a non-negative rate in NOK per unit, such as "20.00" or "0.125"',
    'må være en ikke-negativ sats i kroner per enhet, for eksempel «20.00» eller «0.125»',
  ],
  [
    msg('SPEC_PERCENT_NOT_A_STRING', { of: 'share' }),
    'must be a percentage as a string, such as "25.5"',
    'må være en prosentandel som tekst, for eksempel «25.5»',
  ],
  [
    msg('SPEC_PERCENT_NOT_A_STRING', { of: 'group' }),
    'must be the group\'s percentage as a string, such as "25.5"',
    'må være gruppens prosentandel som tekst, for eksempel «25.5»',
  ],
  [
    msg('SPEC_PERCENT_FORMAT', { of: 'share' }),
    'must be a percentage with at most 10 decimals, such as "25.5"',
    'må være en prosentandel med høyst 10 desimaler, for eksempel «25.5»',
  ],
  [
    msg('SPEC_PERCENT_FORMAT', { of: 'group' }),
    'must be the group\'s percentage with at most 10 decimals, such as "25.5"',
    'må være gruppens prosentandel med høyst 10 desimaler, for eksempel «25.5»',
  ],
  [
    msg('SPEC_DRIVER_NAME'),
    'must name a driver, such as "population"',
    'må angi et fordelingsgrunnlag, for eksempel «population»',
  ],
  [
    msg('SPEC_QUANTITY'),
    'must be a non-negative number or decimal string, such as 10000',
    'må være et ikke-negativt tall eller et desimaltall skrevet som tekst, for eksempel 10000',
  ],
  [
    msg('SPEC_PARTICIPANT_ID_EMPTY'),
    'a participant id must not be empty',
    'en deltaker-id kan ikke være tom',
  ],
  [
    msg('SPEC_SHARES_OBJECT'),
    'must be an object of percentages by participant id, such as { "958935420": "25.5" }',
    'må være et objekt med prosentandeler per deltaker-id, for eksempel { "958935420": "25.5" }',
  ],
  [
    msg('SPEC_BANDS_LIST'),
    'must be a list of bands such as [{ "upTo": 10000, "fee": "10000.00" }, { "fee": "20000.00" }]',
    'må være en liste over intervaller, for eksempel [{ "upTo": 10000, "fee": "10000.00" }, { "fee": "20000.00" }]',
  ],
  [msg('SPEC_BANDS_EMPTY'), 'must have at least one band', 'må ha minst ett intervall'],
  [msg('SPEC_METHOD_OBJECT'), 'must be an object with a "method"', 'må være et objekt med «method»'],
  [
    msg('SPEC_METHOD_REQUIRED', { methods: ALL_METHODS }),
    'required: one of EQUAL, PROPORTIONAL, PER_UNIT, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD, TWO_LEVEL',
    'må fylles ut: en av EQUAL, PROPORTIONAL, PER_UNIT, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD, TWO_LEVEL',
  ],
  [
    msg('SPEC_METHOD_UNKNOWN', { methods: ALL_METHODS, inGroup: false, got: '"EVEN"' }),
    'must be one of EQUAL, PROPORTIONAL, PER_UNIT, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD, TWO_LEVEL (got "EVEN")',
    'må være en av EQUAL, PROPORTIONAL, PER_UNIT, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD, TWO_LEVEL (fikk «EVEN»)',
  ],
  [
    msg('SPEC_METHOD_UNKNOWN', { methods: GROUP_METHODS, inGroup: true, got: '"PER_UNIT"' }),
    'must be one of EQUAL, PROPORTIONAL, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD; PER_UNIT and TWO_LEVEL cannot be used inside a group (got "PER_UNIT")',
    'må være en av EQUAL, PROPORTIONAL, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD; PER_UNIT og TWO_LEVEL kan ikke brukes i en gruppe (fikk «PER_UNIT»)',
  ],
  [msg('SPEC_GROUP_NAME'), 'must name the group, such as "LOCAL"', 'må angi gruppen, for eksempel «LOCAL»'],
  [
    msg('SPEC_GROUPS_LIST'),
    'must be a list of groups such as [{ "group": "LOCAL", "percent": "50", "key": {...} }]',
    'må være en liste over grupper, for eksempel [{ "group": "LOCAL", "percent": "50", "key": {...} }]',
  ],
  [msg('SPEC_GROUPS_EMPTY'), 'must have at least one group', 'må ha minst én gruppe'],
  [
    msg('SPEC_SUB_INPUT_REQUIRED', { method: 'PER_UNIT', field: 'perUnit' }),
    'required for PER_UNIT: give perUnit',
    'må fylles ut for PER_UNIT: oppgi perUnit',
  ],
  [
    msg('SPEC_SUB_INPUT_OTHER_METHOD', { method: 'EQUAL' }),
    'belongs to another method: give only the sub-input of EQUAL',
    'hører til en annen metode: oppgi bare feltene for EQUAL',
  ],
  [
    msg('SPEC_SHARE_DUPLICATE'),
    'the same participant is given more than once',
    'samme deltaker er oppgitt mer enn én gang',
  ],
  [
    msg('SPEC_ONE_OF_SPEC_OR_KEY_SPEC', { given: 'both' }),
    'give either spec or keySpec, not both',
    'oppgi enten spec eller keySpec, ikke begge',
  ],
  [
    msg('SPEC_ONE_OF_SPEC_OR_KEY_SPEC', { given: 'neither' }),
    'required: give keySpec (or the deprecated spec)',
    'må fylles ut: oppgi keySpec (eller den utfasede spec)',
  ],
  [
    msg('SPEC_CAP_BELOW_FLOOR', { floor: '1000.00' }),
    'must not be less than the floor (1000.00)',
    'kan ikke være lavere enn gulvet (1000.00)',
  ],
  [msg('SPEC_SHARES_EMPTY'), 'must name at least one participant', 'må nevne minst én deltaker'],
  [
    msg('SPEC_GROUP_TWICE', { group: 'LOCAL', first: 0 }),
    '"LOCAL" is already groups[0]; each group appears once',
    '«LOCAL» er allerede groups[0]; hver gruppe kan bare forekomme én gang',
  ],
  [
    msg('SPEC_NOT_100', { of: 'shares', sum: '99.5' }),
    'the shares must add up to exactly 100 (they add up to 99.5)',
    'andelene må til sammen bli nøyaktig 100 (de blir 99.5)',
  ],
  [
    msg('SPEC_NOT_100', { of: 'groups', sum: '110' }),
    'the group percentages must add up to exactly 100 (they add up to 110)',
    'gruppeprosentene må til sammen bli nøyaktig 100 (de blir 110)',
  ],
  [
    msg('SPEC_LAST_BAND_OPEN'),
    'the last band must be open-ended (no upTo), so that every driver value falls in a band',
    'det siste intervallet må være åpent (uten upTo), slik at alle verdier av fordelingsgrunnlaget havner i et intervall',
  ],
  [
    msg('SPEC_BAND_BOUND_REQUIRED'),
    'required (only the last band is open-ended)',
    'må fylles ut (bare det siste intervallet er åpent)',
  ],
  [
    msg('SPEC_BAND_BOUND_NOT_RISING', { bound: 'bands[0].upTo (10000)' }),
    'must be greater than bands[0].upTo (10000)',
    'må være større enn bands[0].upTo (10000)',
  ],
  [msg('SPEC_BAND_BOUND_NOT_RISING', { bound: '0' }), 'must be greater than 0', 'må være større enn 0'],
  [
    msg('SPEC_WRONG_TYPE', { expected: 'object', received: 'string' }),
    'Invalid input: expected object, received string',
    'ugyldig verdi: forventet object, fikk string',
  ],
  [
    msg('SPEC_OTHER', { detail: 'Too big: expected string to have <=10 characters' }),
    'Too big: expected string to have <=10 characters',
    'ugyldig verdi: Too big: expected string to have <=10 characters',
  ],

  // Allocation
  [
    msg('EXPLANATION_LANGUAGE', { got: '"de"' }),
    'the explanation language must be "en" or "nb" (got "de")',
    'forklaringsspråket må være «en» eller «nb» (fikk «de»)',
  ],
  [
    msg('PER_UNIT_HAS_NO_TOTAL'),
    'PER_UNIT has no fixed total: each participant pays rate × driver; pass null as the total',
    'PER_UNIT har ingen fast totalsum: hver deltaker betaler sats × fordelingsgrunnlag; send null som totalsum',
  ],
  [
    msg('TOTAL_REQUIRED', { method: 'PROPORTIONAL' }),
    'PROPORTIONAL splits a fixed total; give one such as "100000.00"',
    'PROPORTIONAL fordeler en fast totalsum; oppgi en, for eksempel «100000.00»',
  ],
  [
    msg('PARTICIPANT_WITHOUT_GROUP', { participant: ID, groups: ['CENTRAL', 'LOCAL'] }),
    `participant "${ID}" has no group; this TWO_LEVEL key needs one of "CENTRAL", "LOCAL"`,
    `deltakeren «${ID}» har ingen gruppe; denne TWO_LEVEL-nøkkelen trenger en av "CENTRAL", "LOCAL"`,
  ],
  [
    msg('PARTICIPANT_GROUP_UNKNOWN', { participant: ID, group: 'REGIONAL', groups: ['CENTRAL', 'LOCAL'] }),
    `participant "${ID}" is in group "REGIONAL", which is not in the key ("CENTRAL", "LOCAL")`,
    `deltakeren «${ID}» er i gruppen «REGIONAL», som ikke finnes i nøkkelen ("CENTRAL", "LOCAL")`,
  ],
  [
    msg('GROUP_WITHOUT_PARTICIPANT', { group: 'CENTRAL', percent: '30' }),
    'group "CENTRAL" has no participant, so its 30 % of the total would be lost',
    'gruppen «CENTRAL» har ingen deltakere, så gruppens 30 % av totalsummen ville gått tapt',
  ],
  [
    msg('NOT_A_DECIMAL', { got: '"ti"' }),
    'must be a number or decimal string (got "ti")',
    'må være et tall eller et desimaltall skrevet som tekst (fikk «ti»)',
  ],
  [
    msg('NOT_A_DECIMAL', { got: 'nothing' }),
    'must be a number or decimal string (got nothing)',
    'må være et tall eller et desimaltall skrevet som tekst (fikk ingenting)',
  ],
  [msg('NOT_NEGATIVE', { got: '-2' }), 'must not be negative (got -2)', 'kan ikke være under 0 (fikk -2)'],
  [
    msg('AMOUNT_NOT_A_STRING', { got: '12.5' }),
    'must be a NOK amount as a string with at most two decimals, such as "1234.50" (got 12.5)',
    'må være et kronebeløp som tekst med høyst to desimaler, for eksempel «1234.50» (fikk 12.5)',
  ],
  [
    msg('DRIVER_MISSING', { participant: ID, driver: 'population' }),
    `participant "${ID}" has no "population" driver`,
    `deltakeren «${ID}» mangler fordelingsgrunnlaget «population»`,
  ],
  [
    msg('DRIVER_NOT_A_NUMBER', { participant: ID, driver: 'population', decimals: 20, got: '"mange"' }),
    `participant "${ID}" has a "population" driver that is not a finite number or decimal string with at most 20 decimals (got "mange")`,
    `deltakeren «${ID}» har fordelingsgrunnlaget «population», som ikke er et endelig tall eller et desimaltall skrevet som tekst med høyst 20 desimaler (fikk «mange»)`,
  ],
  [
    msg('DRIVER_NEGATIVE', { participant: ID, driver: 'population', value: '-5' }),
    `participant "${ID}" has a negative "population" driver (-5); drivers must be zero or more`,
    `deltakeren «${ID}» har et negativt fordelingsgrunnlag «population» (-5); fordelingsgrunnlag må være 0 eller mer`,
  ],
  [
    msg('NO_PARTICIPANTS'),
    'there must be at least one participant to allocate to',
    'det må være minst én deltaker å fordele på',
  ],
  [
    msg('PARTICIPANT_ID_MISSING'),
    'every participant needs a non-empty string id',
    'hver deltaker må ha en id som ikke er tom',
  ],
  [
    msg('PARTICIPANT_ID_TWICE', { id: ID, first: 0, second: 3 }),
    `participant id "${ID}" appears twice (participants[0] and participants[3])`,
    `deltaker-id-en «${ID}» står to ganger (participants[0] og participants[3])`,
  ],
  [
    msg('BASE_FEES_EXCEED_TOTAL', {
      base: '5000.00',
      participants: 30,
      bases: '150000.00',
      total: '100000.00',
    }),
    'the base fees alone, NOK 5000.00 × 30 participants = NOK 150000.00, exceed the total NOK 100000.00',
    'grunnavgiftene alene, kr 5000,00 × 30 deltakere = kr 150000,00, er mer enn totalsummen kr 100000,00',
  ],
  [
    msg('DRIVERS_ADD_UP_TO_ZERO', { driver: 'population', participants: 3, amount: '100000.00' }),
    'the "population" drivers of the 3 participants add up to zero, so NOK 100000.00 cannot be shared in proportion to them',
    'fordelingsgrunnlaget «population» for de 3 deltakerne er til sammen null, så kr 100000,00 kan ikke fordeles forholdsmessig',
  ],
  [
    msg('DRIVERS_ABOVE_THRESHOLD_ADD_UP_TO_ZERO', {
      driver: 'population',
      threshold: '5000',
      amount: '100000.00',
    }),
    'the "population" drivers at or above the free threshold 5000 add up to zero, so NOK 100000.00 cannot be shared in proportion to them',
    'fordelingsgrunnlaget «population» på eller over fritaksterskelen 5000 er til sammen null, så kr 100000,00 kan ikke fordeles forholdsmessig',
  ],
  [
    msg('BAND_FEES_ADD_UP_TO_ZERO', { amount: '100000.00' }),
    'the band fees of all participants add up to zero, so NOK 100000.00 cannot be shared in proportion to them',
    'intervallavgiftene for alle deltakerne er til sammen null, så kr 100000,00 kan ikke fordeles forholdsmessig',
  ],
  [
    msg('FIXED_SHARE_OF_NON_PARTICIPANT', { participant: '974760673' }),
    'the fixed shares name "974760673", which is not among the participants',
    'de faste andelene nevner «974760673», som ikke er blant deltakerne',
  ],
  [
    msg('FIXED_SHARE_MISSING', { participant: '958935420', index: 1 }),
    'participant "958935420" (participants[1]) has no fixed share in the key',
    'deltakeren «958935420» (participants[1]) har ingen fast andel i nøkkelen',
  ],
  [
    msg('FIXED_AMOUNTS_NOT_TOTAL', { sum: '90000.00', total: '100000.00' }),
    "the participants' fixed amounts add up to NOK 90000.00, not the total NOK 100000.00",
    'deltakernes faste beløp blir til sammen kr 90000,00, ikke totalsummen kr 100000,00',
  ],
  [
    msg('FLOORS_EXCEED_TOTAL', { withBaseFees: true, payers: 4, atLeast: '120000.00', total: '100000.00' }),
    'the floors and base fees of the 4 paying participants add up to at least NOK 120000.00, more than the total NOK 100000.00',
    'gulvene og grunnavgiftene for de 4 betalende deltakerne blir til sammen minst kr 120000,00, mer enn totalsummen kr 100000,00',
  ],
  [
    msg('FLOORS_EXCEED_TOTAL', { withBaseFees: false, payers: 4, atLeast: '120000.00', total: '100000.00' }),
    'the floors of the 4 paying participants add up to at least NOK 120000.00, more than the total NOK 100000.00',
    'gulvene for de 4 betalende deltakerne blir til sammen minst kr 120000,00, mer enn totalsummen kr 100000,00',
  ],
  [
    msg('CAP_BELOW_TOTAL', { cap: '20000.00', participants: 3, atMost: '60000.00', total: '100000.00' }),
    'with a cap of NOK 20000.00, the 3 participants who share by the key can pay at most NOK 60000.00 in all, less than the total NOK 100000.00',
    'med et tak på kr 20000,00 kan de 3 deltakerne som deler etter nøkkelen, betale høyst kr 60000,00 til sammen, mindre enn totalsummen kr 100000,00',
  ],

  // NPV
  [
    msg('WHOLE_YEAR', { got: '2024.5' }),
    'must be a whole year (got 2024.5)',
    'må være et helt årstall (fikk 2024.5)',
  ],
  [
    msg('YEARLY_FLOWS_LIST'),
    'must be a list of yearly flows',
    'må være en liste over årlige kontantstrømmer',
  ],
  [
    msg('FLOW_YEAR', { baseYear: 2024, got: '2023' }),
    'must be a whole year, not before the base year 2024 (got 2023)',
    'må være et helt årstall, ikke før basisåret 2024 (fikk 2023)',
  ],
  [
    msg('PART_EXCEEDS_WHOLE', { part: 'publicCost', whole: 'cost' }),
    'publicCost is part of cost and cannot exceed it',
    'publicCost er en del av cost og kan ikke være større',
  ],
  [msg('DISCOUNT_PERIODS_EMPTY'), 'must have at least one period', 'må ha minst én periode'],
  [
    msg('LAST_PERIOD_OPEN'),
    'the last period must be open-ended (no throughYear)',
    'den siste perioden må være åpen (uten throughYear)',
  ],
  [
    msg('PERIOD_END_REQUIRED'),
    'required (only the last period is open-ended)',
    'må fylles ut (bare den siste perioden er åpen)',
  ],
  [
    msg('WHOLE_YEAR_AFTER', { year: 2060 }),
    'must be a whole year after 2060',
    'må være et helt årstall etter 2060',
  ],

  // Net positions
  [
    msg('ORGANISATION_ID_EMPTY'),
    'must be a non-empty organisation id',
    'må være en organisasjons-id som ikke er tom',
  ],
  [msg('NOT_AN_ADMINISTRATIVE_LEVEL'), 'must be an administrative level', 'må være et forvaltningsnivå'],
  [
    msg('ORGANISATION_LEVEL_DIFFERS', { organisation: ID, elsewhere: 'LOCAL', here: 'CENTRAL' }),
    `organisation "${ID}" is given as LOCAL elsewhere and as CENTRAL here`,
    `organisasjonen «${ID}» er oppgitt som LOCAL et annet sted og som CENTRAL her`,
  ],

  // Payments
  [
    msg('INITIATIVE_NOT_LISTED', { got: '"i9"' }),
    'must be one of the initiatives given (got "i9")',
    'må være et av tiltakene som er oppgitt (fikk «i9»)',
  ],
  [
    msg('NOT_A_FUNDING_SCHEME', { got: '"LOTTERY"' }),
    'must be a funding scheme: OWN_BUDGET, CO_FINANCING, DIGIFIN, STIMULAB or OTHER (got "LOTTERY")',
    'må være en finansieringskilde: OWN_BUDGET, CO_FINANCING, DIGIFIN, STIMULAB eller OTHER (fikk «LOTTERY»)',
  ],
  [
    msg('PAYING_ORGANISATION_NEEDS_OWN_BUDGET', { scheme: 'DIGIFIN' }),
    'only an own-budget item names a paying organisation; DIGIFIN is paid by the scheme',
    'bare en kostnad over eget budsjett oppgir en betalende organisasjon; DIGIFIN betales av ordningen',
  ],

  // Realisation
  [
    msg('NOT_A_DATE', { got: '"2026-13-01"' }),
    'must be a date as "YYYY-MM-DD" (got "2026-13-01")',
    'må være en dato skrevet ÅÅÅÅ-MM-DD (fikk «2026-13-01»)',
  ],
  [msg('DATES_LIST'), 'must be a list of dates', 'må være en liste over datoer'],
  [
    msg('INDICATOR_KIND', { got: '"STOCK"' }),
    'must be RATE or PERIOD_TOTAL (got "STOCK")',
    'må være RATE eller PERIOD_TOTAL (fikk «STOCK»)',
  ],
  [
    msg('DIRECTION', { got: '"UP"' }),
    'must be INCREASE or DECREASE (got "UP")',
    'må være INCREASE eller DECREASE (fikk «UP»)',
  ],
  [msg('DATED_VALUES_LIST'), 'must be a list of { date, value }', 'må være en liste over { date, value }'],
  [msg('AFTER_BASELINE_DATE'), 'must be after the baseline date', 'må være etter nullpunktsdatoen'],
  [
    msg('AFTER_TARGET_DATE', { target: 'targets[0]' }),
    'must be after the date of targets[0]',
    'må være etter datoen til targets[0]',
  ],
  [msg('AMBER_ABOVE_GREEN'), 'must not be above greenAt', 'kan ikke være høyere enn greenAt'],
  [
    msg('MEASUREMENTS_ON_SAME_DATE', { date: '2026-06-30' }),
    'two measurements on 2026-06-30; keep one per date so the result does not depend on their order',
    'to målinger den 2026-06-30; behold én per dato, så resultatet ikke avhenger av rekkefølgen',
  ],
  [
    msg('FUNDING_SCHEME_UNKNOWN', { got: '"GRANT"' }),
    'must be one of CO_FINANCING, DIGIFIN, STIMULAB, OWN_BUDGET, OTHER (got "GRANT")',
    'må være en av CO_FINANCING, DIGIFIN, STIMULAB, OWN_BUDGET, OTHER (fikk «GRANT»)',
  ],
  [
    msg('FUNDING_YEAR_NOT_INTEGER', { got: '2025.5' }),
    'must be a whole year (got 2025.5)',
    'må være et helt årstall (fikk 2025.5)',
  ],
];

describe('the costModel module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
