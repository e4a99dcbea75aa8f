import { type Message, msg, renderMessage } from './catalogue';

const ID = '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3f4a5b6c';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [msg('COUNTY_NUMBER_DIGITS', { got: '"3"' }), 'must be 2 digits (got "3")', 'må være 2 sifre (fikk «3»)'],
  [msg('MUNICIPALITY_NUMBER_REQUIRED'), 'is required for a municipality', 'må fylles ut for en kommune'],
  [
    msg('ONLY_MUNICIPALITIES', { kind: 'STATE_AGENCY' }),
    'only municipalities have one (this is STATE_AGENCY)',
    'bare kommuner har kommunenummer (dette er en statlig virksomhet)',
  ],
  [
    msg('COUNTY_OF_MUNICIPALITY', { county: '03' }),
    'must be 03, the first two digits of the municipality number',
    'må være 03, de to første sifrene i kommunenummeret',
  ],
  [
    msg('NOT_A_COUNTY_NUMBER', { county: '99' }),
    '99 is not an existing county number',
    '99 er ikke et eksisterende fylkesnummer',
  ],
  [
    msg('COUNTY_NUMBER_REQUIRED', { kind: 'COUNTY_AUTHORITY' }),
    'is required for COUNTY_AUTHORITY',
    'må fylles ut for en fylkeskommune',
  ],
  [
    msg('OWN_PARENT'),
    'an organisation cannot be its own parent',
    'en organisasjon kan ikke være overordnet seg selv',
  ],
  [
    msg('ORGANISATION_MISSING', { id: ID }),
    `organisation ${ID} does not exist`,
    `organisasjonen ${ID} finnes ikke`,
  ],
  [
    msg('PARENT_CYCLE'),
    'would make a cycle: the new parent is below this organisation',
    'ville gitt en sirkulær struktur: den nye overordnede organisasjonen ligger under denne organisasjonen',
  ],
  [
    msg('ORG_NUMBER_TAKEN', { orgNumber: '958935420', name: 'Oslo' }),
    '958935420 is already registered to Oslo',
    '958935420 er allerede registrert på Oslo',
  ],
  [
    msg('MUNICIPALITY_NUMBER_TAKEN', { municipalityNumber: '0301', name: 'Oslo' }),
    '0301 is already used by Oslo',
    '0301 er allerede brukt av Oslo',
  ],
  [
    msg('COUNTY_AUTHORITY_EXISTS', { county: '46', name: 'Vestland fylkeskommune' }),
    'county 46 already has a county authority: Vestland fylkeskommune',
    'fylke 46 har allerede en fylkeskommune: Vestland fylkeskommune',
  ],
  [
    msg('OSLO_NO_COUNTY_AUTHORITY'),
    'Oslo has no county authority: Oslo kommune performs the county tasks',
    'Oslo har ingen fylkeskommune: Oslo kommune utfører fylkeskommunens oppgaver',
  ],
  [
    msg('POPULATION_YEAR_BETWEEN', { min: 1800, max: 2200, got: '1700' }),
    'year must be between 1800 and 2200 (got 1700)',
    'året må være mellom 1800 og 2200 (fikk 1700)',
  ],
  [
    msg('POPULATION_VALUE', { got: '-5' }),
    'value must be a whole number of inhabitants, 0 or more (got -5)',
    'verdien må være et helt antall innbyggere, 0 eller flere (fikk -5)',
  ],
  [
    msg('POPULATION_VALUE', { got: '1.5' }),
    'value must be a whole number of inhabitants, 0 or more (got 1.5)',
    'verdien må være et helt antall innbyggere, 0 eller flere (fikk 1.5)',
  ],
  [
    msg('POPULATION_SOURCE_TOO_LONG', { max: 500 }),
    'source must be at most 500 characters',
    'kilden må være høyst 500 tegn',
  ],
  [msg('CSV_EMPTY'), 'is empty', 'er tom'],
  [
    msg('CSV_UNREADABLE', {
      detail: 'Quote Not Closed: the parsing is finished with an opening quote at line 1',
    }),
    'is not readable as CSV: Quote Not Closed: the parsing is finished with an opening quote at line 1',
    'kan ikke leses som CSV: Quote Not Closed: the parsing is finished with an opening quote at line 1',
  ],
  [
    msg('CSV_NO_REGION_COLUMN'),
    'has no header line with a "region" column (download table 07459 with its headings)',
    'har ingen overskriftslinje med en «region»-kolonne (last ned tabell 07459 med overskriftene)',
  ],
  [
    msg('CSV_NO_VALUE_COLUMN'),
    'has a year column but no value column after it (such as "Personer")',
    'har en årskolonne, men ingen verdikolonne etter den (for eksempel «Personer»)',
  ],
  [
    msg('CSV_NO_YEAR'),
    'has neither a year column ("år") nor one column per year (such as "Personer 2025"): download table 07459 with the year',
    'har verken en årskolonne («år») eller én kolonne per år (for eksempel «Personer 2025»): last ned tabell 07459 med året',
  ],
  [
    msg('CSV_YEAR_MISSING', { year: 2026, years: ['2024', '2025'] }),
    '2026 is not in the file (it has 2024, 2025): download the year you import',
    '2026 finnes ikke i filen (den har 2024, 2025): last ned året du importerer',
  ],
  [
    msg('CSV_YEAR_MISSING', { year: 2026, years: [] }),
    '2026 is not in the file (it has no years): download the year you import',
    '2026 finnes ikke i filen (den har ingen år): last ned året du importerer',
  ],
  [
    msg('CSV_SEVERAL_STATISTICS', { statistics: ['Personer', 'Levendefødte'] }),
    'has more than one statistic ("Personer", "Levendefødte"): select only "Personer"',
    'har mer enn én statistikkvariabel («Personer», «Levendefødte»): velg bare «Personer»',
  ],
  [
    msg('CSV_TOO_LONG', { length: 20_000_001, max: 20_000_000 }),
    'is 20000001 characters; at most 20000000 (select one year and download again)',
    'er 20000001 tegn; høyst 20000000 er tillatt (velg ett år og last ned på nytt)',
  ],
  [
    msg('CSV_NO_FIGURE', { year: 2025, unknown: ['9999', '9998'] }),
    'has no figure for 2025 for any municipality in Gevinst (unknown municipality numbers: 9999, 9998)',
    'har ingen tall for 2025 for noen kommune i Gevinst (ukjente kommunenumre: 9999, 9998)',
  ],
  [
    msg('CSV_NO_FIGURE', { year: 2025, unknown: [] }),
    'has no figure for 2025 for any municipality in Gevinst',
    'har ingen tall for 2025 for noen kommune i Gevinst',
  ],
];

describe('the organisation module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
