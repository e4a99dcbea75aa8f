import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('YEAR_FROM_TO', { min: 1990, max: 2200, got: '1900' }),
    'must be a year from 1990 to 2200 (got 1900)',
    'må være et årstall fra 1990 til 2200 (fikk 1900)',
  ],
  [
    msg('YEAR_FROM_TO', { min: 1990, max: 2026, got: '2027' }),
    'must be a year from 1990 to 2026 (got 2027)',
    'må være et årstall fra 1990 til 2026 (fikk 2027)',
  ],
  [msg('TWO_DIGITS', { got: '"4"' }), 'must be two digits (got "4")', 'må være to sifre (fikk «4»)'],
  [
    msg('NOT_BEFORE_FROM_YEAR', { fromYear: 2026, got: '2025' }),
    'must not be before fromYear 2026 (got 2025)',
    'kan ikke være før fromYear 2026 (fikk 2025)',
  ],
  [
    msg('OWN_MINISTRY_ONLY'),
    "Portfolio reviewers see their own ministry's portfolio: leave ministryId out or send your own organisation's id",
    'Porteføljeansvarlige ser porteføljen til sitt eget departement: utelat ministryId eller send id-en til din egen organisasjon',
  ],
  [
    msg('NOT_A_PARAMETER_OF', { file: 'organisation-positions.xlsx', allowed: ['ministryId', 'flag'] }),
    'is not a parameter of organisation-positions.xlsx (use ministryId, flag)',
    'er ikke en parameter for organisation-positions.xlsx (bruk ministryId, flag)',
  ],
  [
    msg('YEARS_AT_ONCE', { max: 100, from: 1990, to: 2126 }),
    'at most 100 years at once (1990–2126): send fromYear and toYear',
    'høyst 100 år om gangen (1990–2126): send fromYear og toYear',
  ],
];

describe('the portfolio module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
