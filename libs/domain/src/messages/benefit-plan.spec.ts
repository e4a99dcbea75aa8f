import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples of each code in both languages.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('BENEFIT_PLAN_DECIDE_ACCESS'),
    "Only the funding schemes' secretariat (scheme administrators) and administrators approve or reject benefits plans",
    'Bare sekretariatet for finansieringsordningene (ordningsforvaltere) og administratorer kan godkjenne eller avvise gevinstplaner',
  ],
  [
    msg('BENEFIT_PLAN_PROPOSAL_PENDING', { code: 'DEMO-MEDFIN-TOLK', version: 2 }),
    'DEMO-MEDFIN-TOLK has a benefits plan version waiting for a decision already (version 2); it must be approved or rejected first',
    'DEMO-MEDFIN-TOLK har allerede en versjon av gevinstplanen som venter på behandling (versjon 2); den må godkjennes eller avvises først',
  ],
  [
    msg('BENEFIT_PLAN_NOT_PROPOSED', { version: 1, status: 'APPROVED' }),
    'Benefits plan version 1 is APPROVED, not PROPOSED: only a proposed version is approved or rejected',
    'Versjon 1 av gevinstplanen har status APPROVED, ikke PROPOSED: bare en foreslått versjon kan godkjennes eller avvises',
  ],
  [
    msg('BENEFIT_PLAN_NO_BENEFITS', { code: 'DEMO-X' }),
    'DEMO-X has no benefits: a benefits plan freezes at least one',
    'DEMO-X har ingen gevinster: en gevinstplan fryser minst én',
  ],
  [
    msg('BENEFIT_PLAN_UNCHANGED', { code: 'DEMO-MEDFIN-TOLK', version: 1 }),
    'The benefits of DEMO-MEDFIN-TOLK are as in the approved plan version 1: there is nothing to approve',
    'Gevinstene i DEMO-MEDFIN-TOLK er som i godkjent versjon 1 av gevinstplanen: det er ingenting å godkjenne',
  ],
];

describe('the benefitPlan module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
