import { type Message, msg, renderMessage } from './catalogue';

const ID = '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3f4a5b6c';
const CODE = 'DEMO-LIV-BEDRIFT';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('INITIATIVE_FINANCIALS_ACCESS'),
    "You may not see this initiative's financial detail (every participant's amounts): it is for the owner organisation, the responsible ministry's reviewers and administrators",
    'Du har ikke tilgang til de økonomiske detaljene i dette initiativet (alle deltakernes beløp): de er for eierorganisasjonen, det ansvarlige departementets porteføljeansvarlige og administratorer',
  ],
  [
    msg('ORGANISATION_ALLOCATIONS_ACCESS'),
    "You may not see this organisation's cost allocations",
    'Du har ikke tilgang til kostnadsfordelingene til denne organisasjonen',
  ],
  [
    msg('NO_PAYING_PARTICIPANTS', { initiative: CODE }),
    `${CODE} has no paying participants: mark participants as paying (pays: true) before allocating`,
    `${CODE} har ingen betalende deltakere: merk deltakere som betalende (pays: true) før du fordeler`,
  ],
  [
    msg('POPULATION_MISSING', {
      year: 2026,
      organisations: ['Oslo (958935420)', 'Bergen (964338531)'],
      more: 3,
    }),
    'no population for 2026 is stored for Oslo (958935420), Bergen (964338531) and 3 more',
    'innbyggertall for 2026 mangler for Oslo (958935420), Bergen (964338531) og 3 til',
  ],
  [
    msg('POPULATION_MISSING', { year: 2026, organisations: ['Oslo (958935420)'], more: 0 }),
    'no population for 2026 is stored for Oslo (958935420)',
    'innbyggertall for 2026 mangler for Oslo (958935420)',
  ],
  [
    msg('DRIVER_VALUE_MISSING', {
      driver: 'transactions',
      year: 2026,
      organisations: ['Oslo (958935420)'],
      more: 0,
    }),
    // The driver in words and what to do, no mutation name (issue 17).
    "no number of transactions for 2026 is entered for Oslo (958935420): enter the initiative's driver values for the year",
    'fordelingsgrunnlaget «Antall transaksjoner» for 2026 mangler for Oslo (958935420): legg inn grunnlaget for initiativet og året',
  ],
  [
    msg('DRIVER_VALUE_MISSING', {
      driver: 'users',
      year: 2025,
      organisations: ['Oslo (958935420)', 'Bergen (964338531)'],
      more: 12,
    }),
    "no number of users for 2025 is entered for Oslo (958935420), Bergen (964338531) and 12 more: enter the initiative's driver values for the year",
    'fordelingsgrunnlaget «Antall brukere» for 2025 mangler for Oslo (958935420), Bergen (964338531) og 12 til: legg inn grunnlaget for initiativet og året',
  ],
  [
    msg('COST_ITEM_PROBLEM', {
      description: 'Drift',
      category: 'OPERATION',
      year: 2026,
      problem: `participant "${ID}" has no "transactions" driver`,
      problemNb: `deltakeren «${ID}» mangler fordelingsgrunnlaget «transactions»`,
    }),
    `cost item "Drift" (OPERATION, 2026): participant "${ID}" has no "transactions" driver`,
    `kostnadspost «Drift» (OPERATION, 2026): deltakeren «${ID}» mangler fordelingsgrunnlaget «transactions»`,
  ],
  [
    msg('RUN_SUPERSEDED_MEANWHILE', {
      runId: ID,
      createdAt: '2026-11-23T09:15:00.000Z',
      initiative: CODE,
      year: 2026,
    }),
    `Another allocation run (${ID}, 2026-11-23T09:15:00.000Z) is now the current one for ${CODE} 2026: reload and run again`,
    `En annen fordelingskjøring (${ID}, 2026-11-23T09:15:00.000Z) er nå den gjeldende for ${CODE} 2026: last inn på nytt og kjør igjen`,
  ],
  [
    msg('NO_CURRENT_RUN', { initiative: CODE, year: 2026 }),
    `There is no current run for ${CODE} 2026 to supersede`,
    `Det finnes ingen gjeldende kjøring for ${CODE} 2026 som kan erstattes`,
  ],
  [
    msg('KEY_OR_SPEC', { initiative: CODE }),
    `give a keyId or a spec: ${CODE} has no cost-sharing key`,
    `oppgi keyId eller spec: ${CODE} har ingen fordelingsnøkkel`,
  ],
  [
    msg('NO_COST_ITEMS_TO_PREVIEW', { initiative: CODE, year: 2027 }),
    `${CODE} has no cost items in 2027: give a total to preview the split`,
    `${CODE} har ingen kostnadsposter i 2027: oppgi en totalsum for å forhåndsvise fordelingen`,
  ],
  [
    msg('NO_COST_ITEMS_TO_ALLOCATE', { initiative: CODE, year: 2027 }),
    `${CODE} has no cost items in 2027: nothing to allocate`,
    `${CODE} har ingen kostnadsposter i 2027: ingenting å fordele`,
  ],
  [
    msg('COST_ITEM_WITHOUT_KEY', { item: 'Drift av løsningen', initiative: CODE }),
    `"Drift av løsningen" has no cost-sharing key, and ${CODE} has no default key`,
    `«Drift av løsningen» har ingen fordelingsnøkkel, og ${CODE} har ingen standardnøkkel`,
  ],
  [
    msg('KEY_NOT_VALID_IN_YEAR', {
      key: 'Innbyggertall 2024',
      version: 2,
      from: '…',
      to: '2025-12-31',
      year: 2026,
    }),
    'key "Innbyggertall 2024" v2 is valid … to 2025-12-31, not in 2026',
    'nøkkelen «Innbyggertall 2024» v2 gjelder fra … til 2025-12-31, ikke i 2026',
  ],
  [
    msg('POPULATION_NOT_ENTERED'),
    'population comes from the stored population of the key’s year; it is not entered here',
    'innbyggertall hentes fra det lagrede innbyggertallet for nøkkelens år; det registreres ikke her',
  ],
  [
    msg('DRIVER_NAME_FORMAT', { max: 40 }),
    'must start with a lower-case letter and contain only letters, digits and _ (at most 40)',
    'må begynne med en liten bokstav og bare inneholde bokstaver, sifre og _ (høyst 40 tegn)',
  ],
  [msg('VALUES_REQUIRED'), 'give at least one value', 'oppgi minst én verdi'],
  [
    msg('DRIVER_VALUE_FORMAT', { decimals: 4, got: '"-1"' }),
    'must be a non-negative number with at most 4 decimals (got "-1")',
    'må være et ikke-negativt tall med høyst 4 desimaler (fikk «-1»)',
  ],
  [
    msg('NOT_PARTICIPATING', { organisationId: ID, initiative: CODE }),
    `organisation ${ID} does not take part in ${CODE}`,
    `organisasjonen ${ID} deltar ikke i ${CODE}`,
  ],
  [
    // The DigiFin example: 20 NOK × 5 550 203 inhabitants = 111 004 060.00 against a 100 000 000.00 cost item.
    msg('ALLOCATION_DIFFERENCE', {
      initiative: CODE,
      year: 2025,
      costItemAmount: '100000000.00',
      allocatedTotal: '111004060.00',
      difference: '-11004060.00',
      items: ['Felles plattform'],
    }),
    `the allocation of ${CODE} for 2025 does not match its cost items: the cost items amount to NOK 100000000.00 and the keys allocate NOK 111004060.00, a difference of NOK -11004060.00 (cost items − allocated; "Felles plattform"). Choose reconciliation SET_COST_ITEM_FROM_KEY to set the cost items' planned amount to what their keys allocate, or ACCEPT_DIFFERENCE to make the run and record the difference`,
    `fordelingen av ${CODE} for 2025 stemmer ikke med kostnadspostene: kostnadspostene utgjør kr 100000000,00 og nøklene fordeler kr 111004060,00, en differanse på kr -11004060,00 (kostnadsposter − fordelt; «Felles plattform»). Velg avstemming SET_COST_ITEM_FROM_KEY for å sette kostnadspostenes planlagte beløp til det nøklene fordeler, eller ACCEPT_DIFFERENCE for å gjøre kjøringen og registrere differansen`,
  ],
];

describe('the allocation module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
