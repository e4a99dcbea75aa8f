import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('CO_FINANCING_REPORT_ACCESS', { code: 'DEMO-LIV-BEDRIFT' }),
    'The co-financing report of DEMO-LIV-BEDRIFT is for the owner organisation, the portfolio reviewers of its ministry and administrators',
    'Medfinansieringsrapporten for DEMO-LIV-BEDRIFT er for eierorganisasjonen, porteføljeansvarlige i departementet og administratorer',
  ],
  [
    msg('REPORT_YEAR_BEGUN', { min: 1990, max: 2026, got: '2027' }),
    'must be a year from 1990 to 2026: the report covers a year that has begun (got 2027)',
    'må være et årstall fra 1990 til 2026: rapporten gjelder et år som har begynt (fikk 2027)',
  ],
  [msg('INITIATIVE_ID_REQUIRED'), 'is required (an initiative id)', 'må fylles ut (id-en til et initiativ)'],
  [
    msg('REPORT_YEAR_REQUIRED'),
    'is required (a year such as 2025)',
    'må fylles ut (et årstall, for eksempel 2025)',
  ],
];

describe('the coFinancing module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
