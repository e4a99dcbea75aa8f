import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('ONLY_ADMINS_SEE_USERS'),
    'Only administrators see other users',
    'Bare administratorer kan se andre brukere',
  ],
  [
    msg('ONLY_ADMINS_SEE_TOKENS'),
    "Only administrators see other users' tokens",
    'Bare administratorer kan se API-nøklene til andre brukere',
  ],
  [
    msg('NOT_AN_EMAIL', { got: '"ola.nordmann"' }),
    'must be an e-mail address (got "ola.nordmann")',
    'må være en e-postadresse (fikk «ola.nordmann»)',
  ],
  [msg('ROLE_REQUIRED'), 'give at least one role', 'oppgi minst én rolle'],
  [
    msg('EMAIL_TAKEN', { email: 'ola.nordmann@oslo.kommune.no' }),
    'ola.nordmann@oslo.kommune.no already has a user',
    'ola.nordmann@oslo.kommune.no har allerede en bruker',
  ],
  [
    msg('CANNOT_DEMOTE_YOURSELF'),
    'you cannot deactivate yourself or remove your own ADMIN role',
    'du kan ikke deaktivere deg selv eller fjerne din egen ADMIN-rolle',
  ],
  [
    msg('TOKEN_NEEDS_PERSON'),
    'Sign in as a person to create API tokens',
    'Logg inn som person for å opprette API-nøkler',
  ],
  [msg('SCOPE_REQUIRED'), 'give at least one scope (READ, WRITE)', 'oppgi minst én tilgang (READ, WRITE)'],
  [msg('NOT_IN_FUTURE'), 'must be in the future', 'må være i framtiden'],
  [
    msg('TOKEN_LIFETIME_TOO_LONG', { days: 730 }),
    'must be at most 730 days ahead',
    'kan være høyst 730 dager fram i tid',
  ],
  [
    msg('REQUEST_BUDGET_SPENT', { limit: 1200, windowSeconds: 60, retryAfterSeconds: 15 }),
    'This session or API token has used its 1200 requests per 60 seconds: try again in 15 seconds',
    'Denne innloggingen eller API-nøkkelen har brukt sine 1200 forespørsler per 60 sekunder: prøv igjen om 15 sekunder',
  ],
  [
    msg('SIGN_IN_WITH_BEARER'),
    'Sign in or send a valid API token (Authorization: Bearer …)',
    'Logg inn eller send en gyldig API-nøkkel (Authorization: Bearer …)',
  ],
  [
    msg('NEEDS_ROLE', { roles: ['ADMIN'] }),
    'This needs one of the roles ADMIN',
    'Dette krever en av rollene ADMIN',
  ],
  [
    msg('NEEDS_ROLE', { roles: ['ADMIN', 'PORTFOLIO_REVIEWER'] }),
    'This needs one of the roles ADMIN, PORTFOLIO_REVIEWER',
    'Dette krever en av rollene ADMIN, PORTFOLIO_REVIEWER',
  ],
  [
    msg('READ_TOKEN_CANNOT_CHANGE'),
    'This API token has only the READ scope; changes need a token with WRITE',
    'Denne API-nøkkelen har bare tilgangen READ; endringer krever en nøkkel med WRITE',
  ],
  [msg('READ_TOKEN'), 'This API token has only the READ scope', 'Denne API-nøkkelen har bare tilgangen READ'],
  [
    msg('READER_ONLY_READS'),
    'A READER may only read: this change needs another role',
    'En READER kan bare lese: denne endringen krever en annen rolle',
  ],
  [
    msg('CREDENTIAL_REFUSED'),
    'The session or API token is invalid, expired or revoked: sign in again',
    'Innloggingen eller API-nøkkelen er ugyldig, utløpt eller trukket tilbake: logg inn på nytt',
  ],
  [
    msg('SESSION_IDLE', { minutes: 30 }),
    'The session ended after 30 minutes without use: sign in again',
    'Innloggingen ble avsluttet etter 30 minutter uten bruk: logg inn på nytt',
  ],
  [
    msg('WRONG_CREDENTIALS'),
    'The e-mail address or the password is wrong',
    'E-postadressen eller passordet er feil',
  ],
  [
    msg('TOO_MANY_SIGN_INS', { by: 'account', minutes: 15 }),
    'Too many failed sign-ins for this account: wait 15 minutes and try again',
    'For mange mislykkede innlogginger for denne kontoen: vent 15 minutter og prøv igjen',
  ],
  [
    msg('TOO_MANY_SIGN_INS', { by: 'address', minutes: 15 }),
    'Too many failed sign-ins from this address: wait 15 minutes and try again',
    'For mange mislykkede innlogginger fra denne adressen: vent 15 minutter og prøv igjen',
  ],
  [
    msg('PASSWORD_NEEDS_PERSON'),
    'Sign in as a person to change your password (an API token cannot)',
    'Logg inn som person for å endre passordet ditt (en API-nøkkel kan ikke det)',
  ],
  [msg('NOT_CURRENT_PASSWORD'), 'is not your current password', 'er ikke det nåværende passordet ditt'],
  [
    msg('COMMON_PASSWORD'),
    'is one of the most common passwords, which attackers try first: choose another',
    'er et av de vanligste passordene, som angripere prøver først: velg et annet',
  ],
];

describe('the user module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
