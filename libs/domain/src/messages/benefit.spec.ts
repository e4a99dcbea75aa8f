import { type Message, msg, renderMessage } from './catalogue';

const ID = '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3f4a5b6c';
const OTHER_ID = '7a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('BENEFIT_HAS_HISTORY', { title: 'Kortere saksbehandling', measurements: 3, reports: 1 }),
    '"Kortere saksbehandling" has 3 measurement version(s) and 1 benefit owner report(s); its history must stay readable, so set its status to CANCELLED instead of deleting it',
    '«Kortere saksbehandling» har 3 målingsversjon(er) og 1 gevinsteierrapport(er); historikken må fortsatt kunne leses, så sett statusen til CANCELLED i stedet for å slette den',
  ],
  [
    msg('RECEIVER_REQUIRED', { category: 'BUDGET_RELEASING' }),
    'a BUDGET_RELEASING benefit is received by a public organisation: name it',
    'en gevinst i kategorien BUDGET_RELEASING mottas av en offentlig organisasjon: oppgi hvilken',
  ],
  [msg('USER_MISSING', { id: ID }), `user ${ID} does not exist`, `brukeren ${ID} finnes ikke`],
  [
    msg('EFFECT_START_BEFORE_BASELINE', { baselineDate: '2025-01-01', date: '2024-06-30' }),
    'must not be before the baseline date 2025-01-01 (got 2024-06-30): the effect is measured from the baseline',
    'kan ikke være før nullpunktsdatoen 2025-01-01 (fikk 2024-06-30): effekten måles fra nullpunktet',
  ],
  [
    msg('EFFECT_START_AFTER_FIRST_TARGET', { targetDate: '2025-12-31', date: '2026-03-01' }),
    "must not be after the first target's date 2025-12-31 (got 2026-03-01): the plan would promise an improvement before the effect can begin",
    'kan ikke være etter datoen for det første målet, 2025-12-31 (fikk 2026-03-01): planen ville love en forbedring før effekten kan begynne',
  ],
  [
    msg('TARGET_NOT_AFTER_BASELINE', { baselineDate: '2025-01-01', date: '2024-06-30' }),
    'must be after the baseline date 2025-01-01 (got 2024-06-30): a target is a planned value after the baseline measurement',
    'må være etter nullpunktsdatoen 2025-01-01 (fikk 2024-06-30): et mål er en planlagt verdi etter nullpunktsmålingen',
  ],
  [
    msg('TARGET_DATE_TWICE', { date: '2026-12-31', also: 'targets[0]' }),
    '2026-12-31 is given twice (also targets[0])',
    '2026-12-31 er oppgitt to ganger (også targets[0])',
  ],
  [
    msg('DIS_BENEFIT_TARGET_BETTER', { value: '80', date: '2027-12-31', baseline: '100', way: 'lower' }),
    "a dis-benefit's targets go the unfavourable way, but the last target (80 on 2027-12-31) is better than the baseline (100; lower is better): clear isDisBenefit or check the direction",
    'målene for en ulempe skal gå i ugunstig retning, men det siste målet (80 den 2027-12-31) er bedre enn nullpunktet (100; lavere er bedre): fjern isDisBenefit eller sjekk retningen',
  ],
  [
    msg('TARGET_WORSE_THAN_BASELINE', { value: '80', date: '2027-12-31', baseline: '100', way: 'higher' }),
    'the last target (80 on 2027-12-31) is worse than the baseline (100; higher is better): mark the benefit as a dis-benefit (isDisBenefit: true) or check the direction',
    'det siste målet (80 den 2027-12-31) er dårligere enn nullpunktet (100; høyere er bedre): merk gevinsten som en ulempe (isDisBenefit: true) eller sjekk retningen',
  ],
  [
    msg('BASELINE_AFTER_MEASUREMENTS', { count: 2, baselineDate: '2025-01-01', first: '2024-11-30' }),
    '2 measurement(s) are dated before 2025-01-01 (the first on 2024-11-30): the baseline is measured before any effect, so it cannot come after a measurement',
    '2 måling(er) er datert før 2025-01-01 (den første 2024-11-30): nullpunktet måles før noen effekt, så det kan ikke komme etter en måling',
  ],
  [
    msg('MEASUREMENT_ACCESS', { title: 'Kortere saksbehandling' }),
    'Only users of the initiative\'s owner organisation or of the organisation receiving "Kortere saksbehandling" (or administrators) record its measurements',
    'Bare brukere i initiativets eierorganisasjon eller i organisasjonen som mottar «Kortere saksbehandling» (eller administratorer) kan registrere målinger for den',
  ],
  [
    msg('MEASURED_BEFORE_BASELINE', { baselineDate: '2025-01-01', date: '2024-12-01' }),
    'must be on or after the baseline date 2025-01-01 (got 2024-12-01): the baseline is the first measurement, taken before any effect',
    'må være på eller etter nullpunktsdatoen 2025-01-01 (fikk 2024-12-01): nullpunktet er den første målingen, tatt før noen effekt',
  ],
  [
    msg('MEASURED_IN_FUTURE', { date: '2026-12-01', today: '2026-11-23' }),
    'must not be in the future (got 2026-12-01, today is 2026-11-23)',
    'kan ikke være i framtiden (fikk 2026-12-01, i dag er det 2026-11-23)',
  ],
  [
    msg('MEASUREMENT_EXISTS', { date: '2026-06-30', value: '42.5', id: ID }),
    `A measurement for 2026-06-30 is recorded already (value 42.5, id ${ID}); correct it with correctMeasurement`,
    `En måling for 2026-06-30 er allerede registrert (verdi 42.5, id ${ID}); korriger den med correctMeasurement`,
  ],
  [
    msg('MEASUREMENT_EXTERNAL_ID_TAKEN', { externalId: 'M-7', date: '2026-06-30', value: '42.5', id: ID }),
    `externalId "M-7" belongs to the measurement of 2026-06-30 already (value 42.5, id ${ID}); correct it with correctMeasurement`,
    `externalId «M-7» tilhører allerede målingen for 2026-06-30 (verdi 42.5, id ${ID}); korriger den med correctMeasurement`,
  ],
  [
    msg('MEASUREMENT_RECORDED_MEANWHILE', { date: '2026-06-30' }),
    'A measurement for 2026-06-30 was recorded by someone else meanwhile; reload and correct it',
    'En måling for 2026-06-30 er registrert av noen andre i mellomtiden; last inn på nytt og korriger den',
  ],
  [
    msg('MEASUREMENT_CORRECTED_ALREADY', { date: '2026-06-30', by: OTHER_ID }),
    `This version of the measurement of 2026-06-30 was corrected already (by ${OTHER_ID}); correct the current version`,
    `Denne versjonen av målingen for 2026-06-30 er allerede korrigert (av ${OTHER_ID}); korriger den gjeldende versjonen`,
  ],
  [
    msg('MEASUREMENT_CORRECTED_MEANWHILE', { date: '2026-06-30' }),
    'The measurement of 2026-06-30 was corrected by someone else meanwhile; reload it',
    'Målingen for 2026-06-30 er korrigert av noen andre i mellomtiden; last den inn på nytt',
  ],
  [
    msg('CORRECTION_REASON_REQUIRED'),
    'must not be empty: say why the value is corrected',
    'må fylles ut: skriv hvorfor verdien korrigeres',
  ],
  [
    msg('NOTHING_TO_CORRECT', { value: '42.5' }),
    'is the value recorded already (42.5): nothing to correct',
    'er verdien som allerede er registrert (42.5): ingenting å korrigere',
  ],
];

describe('the benefit module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
