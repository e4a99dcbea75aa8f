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
];

describe('the economics module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
