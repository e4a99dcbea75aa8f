import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [msg('IS_TOO_LONG'), 'is too long', 'er for lang'],
  [msg('NOT_BEFORE_FROM'), 'must not be before from', 'kan ikke være før from'],
  [
    msg('ADDRESS_REFUSED'),
    'The address refused the request (HTTP 403 Forbidden)',
    'Adressen avviste forespørselen (HTTP 403, ingen tilgang)',
  ],
];

describe('the audit module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
