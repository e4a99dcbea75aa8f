import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('NOT_A_PARAMETER', {
      format: 'csv',
      allowed: ['organisationId', 'initiativeId', 'runId', 'year', 'includeSuperseded', 'dialect'],
    }),
    'is not a parameter of allocations.csv (use organisationId, initiativeId, runId, year, includeSuperseded, dialect)',
    'er ikke en parameter for allocations.csv (bruk organisationId, initiativeId, runId, year, includeSuperseded, dialect)',
  ],
  [msg('GIVEN_MORE_THAN_ONCE'), 'is given more than once', 'er oppgitt mer enn én gang'],
  [msg('SINGLE_VALUE'), 'must be a single value', 'må være én enkelt verdi'],
  [
    msg('ONE_OF', { choices: ['nb', 'rfc4180'], got: '"excel"' }),
    'must be "nb" or "rfc4180" (got "excel")',
    'må være «nb» eller «rfc4180» (fikk «excel»)',
  ],
  [
    msg('TRUE_OR_FALSE', { got: '"yes"' }),
    'must be true or false (got "yes")',
    'må være true eller false (fikk «yes»)',
  ],
  [
    msg('TOO_MANY_LINES_FOR_WORKSHEET', { lines: 1_500_000, max: 1_048_573 }),
    'matches 1500000 lines, more than a worksheet holds (1048573 with the header and totals): narrow it (organisationId, initiativeId, year) or use allocations.csv',
    'gir 1500000 linjer, flere enn et regneark har plass til (1048573 med overskrift og summer): avgrens utvalget (organisationId, initiativeId, year) eller bruk allocations.csv',
  ],
];

describe('the export module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
