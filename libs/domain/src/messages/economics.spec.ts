import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('BEFORE_LAST_COST_YEAR', { year: 2030, got: '2028' }),
    'must not be before the last cost year 2030 (got 2028)',
    'kan ikke være før det siste kostnadsåret 2030 (fikk 2028)',
  ],
  [
    msg('BEFORE_BASE_YEAR', { baseYear: 2024 }),
    'must not be before the base year 2024',
    'kan ikke være før basisåret 2024',
  ],
  [
    msg('ANALYSIS_PERIOD_TOO_LONG', { max: 100, from: 2020, to: 2130 }),
    'the analysis period may be at most 100 years (got 2020–2130)',
    'analyseperioden kan være høyst 100 år (fikk 2020–2130)',
  ],
  [
    msg('BASE_YEAR_AFTER_FIRST_FLOW', { year: 2024, got: '2026' }),
    'must not be after 2024, the first year with a planned cost or benefit (got 2026)',
    'kan ikke være etter 2024, det første året med planlagt kostnad eller gevinst (fikk 2026)',
  ],
  [
    msg('BEFORE_START_YEAR', { year: 2024, got: '2023' }),
    'must not be before the start year 2024 (got 2023)',
    'kan ikke være før startåret 2024 (fikk 2023)',
  ],
  [
    msg('LIFETIME_OR_TO_YEAR'),
    'give either lifetimeYears or toYear, not both',
    'oppgi enten lifetimeYears eller toYear, ikke begge',
  ],
  [
    msg('LIFETIME_YEARS', { max: 100, got: '0' }),
    'must be a whole number of years from 1 to 100 (got 0)',
    'må være et helt antall år fra 1 til 100 (fikk 0)',
  ],
  [
    msg('FLOW_OUTSIDE_PERIOD', { year: 2040, from: 2024, to: 2033 }),
    '2040 is outside the analysis period 2024–2033',
    '2040 er utenfor analyseperioden 2024–2033',
  ],
  [msg('PRICE_INDEX_EMPTY'), 'the consumer price index has no year', 'konsumprisindeksen har ingen år'],
  [
    msg('PRICE_INDEX_YEAR_TWICE', { year: 2024 }),
    'the year 2024 is given more than once',
    'året 2024 er oppgitt mer enn én gang',
  ],
  [
    msg('PRICE_INDEX_POSITIVE', { got: '0' }),
    'must be an index above 0 (got 0)',
    'må være en indeks over 0 (fikk 0)',
  ],
  [
    msg('CPI_NO_COLUMNS'),
    'has no header line with a year column ("year" or "år") and an index column (such as "cpi_2015_100" or "Konsumprisindeks (2015=100)")',
    'har ingen overskriftslinje med en årskolonne («year» eller «år») og en indekskolonne (som «cpi_2015_100» eller «Konsumprisindeks (2015=100)»)',
  ],
  [msg('CPI_NO_YEAR'), 'has no year with a usable index', 'har ikke noe år med en brukbar indeks'],
  [
    msg('CPI_LINE_YEAR', { min: 1900, max: 2300, got: '25' }),
    'the year must be a whole year from 1900 to 2300 (got "25"): not imported',
    'året må være et helt år fra 1900 til 2300 (fikk «25»): ikke importert',
  ],
  [
    msg('CPI_LINE_VALUE', { year: 2025, got: '..' }),
    '2025: the index must be a number above 0 with at most three decimals (got ".."): not imported',
    '2025: indeksen må være et tall over 0 med høyst tre desimaler (fikk «..»): ikke importert',
  ],
  [
    msg('CPI_LINE_TWICE', { year: 2025, first: 3 }),
    '2025 is also on line 3: neither is imported',
    '2025 står også på linje 3: ingen av dem importeres',
  ],
];

describe('the economics module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
