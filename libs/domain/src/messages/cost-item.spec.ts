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
  [
    msg('COST_ITEM_EXTERNAL_ID_TAKEN', { externalId: 'BILAG-17', id: 'c1' }),
    'externalId "BILAG-17" belongs to cost item c1 of this initiative already; send it with importCostItems to update it',
    'externalId «BILAG-17» tilhører allerede kostnadspost c1 i dette tiltaket; send den med importCostItems for å oppdatere den',
  ],
];

describe('the cost item module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
