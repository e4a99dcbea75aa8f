import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('KEY_MANAGERS_ONLY'),
    "Only initiative owners of the key's organisation (or administrators) manage its cost-sharing keys",
    'Bare initiativeiere i organisasjonen som eier nøkkelen (eller administratorer) kan forvalte fordelingsnøklene dens',
  ],
  [
    msg('KEY_NAME_TAKEN', { name: 'Innbyggertall 2024' }),
    'the organisation already has a key named "Innbyggertall 2024"',
    'organisasjonen har allerede en nøkkel som heter «Innbyggertall 2024»',
  ],
  [
    msg('BEFORE_VALID_FROM', { validFrom: '2026-01-01' }),
    'must not be before validFrom (2026-01-01)',
    'kan ikke være før validFrom (2026-01-01)',
  ],
];

describe('the costSharingKey module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
