import { type Message, msg, renderMessage } from './catalogue';

const EXAMPLES: [Message, string, string][] = [
  [
    msg('PAYER_NEEDS_OWN_BUDGET', { scheme: 'DIGIFIN' }),
    'must be empty unless fundingScheme is OWN_BUDGET (got DIGIFIN): only an own budget belongs to an organisation',
    'skal stå tomt når fundingScheme ikke er OWN_BUDGET (fikk DIGIFIN): bare et eget budsjett tilhører en organisasjon',
  ],
  [
    msg('PAYER_NEEDS_OWN_BUDGET', { scheme: 'none' }),
    'must be empty unless fundingScheme is OWN_BUDGET (got none): only an own budget belongs to an organisation',
    'skal stå tomt når fundingScheme ikke er OWN_BUDGET (fikk ingen): bare et eget budsjett tilhører en organisasjon',
  ],
];

describe('the cost item module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
