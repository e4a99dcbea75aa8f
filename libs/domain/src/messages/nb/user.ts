import type { CatalogueOf } from '../types';
import type { userEn } from '../en/user';
import { got } from './words';

export const userNb: CatalogueOf<typeof userEn> = {
  ONLY_ADMINS_SEE_USERS: () => 'Bare administratorer kan se andre brukere',
  ONLY_ADMINS_SEE_TOKENS: () => 'Bare administratorer kan se API-nøklene til andre brukere',
  NOT_AN_EMAIL: (p) => `må være en e-postadresse (fikk ${got(p.got)})`,
  ROLE_REQUIRED: () => 'oppgi minst én rolle',
  EMAIL_TAKEN: (p) => `${p.email} har allerede en bruker`,
  CANNOT_DEMOTE_YOURSELF: () => 'du kan ikke deaktivere deg selv eller fjerne din egen ADMIN-rolle',

  TOKEN_NEEDS_PERSON: () => 'Logg inn som person for å opprette API-nøkler',
  SCOPE_REQUIRED: () => 'oppgi minst én tilgang (READ, WRITE)',
  NOT_IN_FUTURE: () => 'må være i framtiden',
  TOKEN_LIFETIME_TOO_LONG: (p) => `kan være høyst ${p.days} dager fram i tid`,
  TOKEN_EXPIRY_REQUIRED: () => 'oppgi en utløpstid: nøkler uten utløp er ikke tillatt her',
  TOKEN_OWNER_NOT_SERVICE_ACCOUNT: () =>
    'En administrator oppretter nøkler for en annen bruker bare hvis brukeren er en tjenestekonto',
  SERVICE_ACCOUNT_NO_PASSWORD: () => 'en tjenestekonto har ikke passord: den bruker bare API-nøkler',
  SERVICE_ACCOUNT_INACTIVE: () => 'Tjenestekontoen er deaktivert',
  REQUEST_BUDGET_SPENT: (p) =>
    `Denne innloggingen eller API-nøkkelen har brukt sine ${p.limit} forespørsler per ${p.windowSeconds} sekunder: ` +
    `prøv igjen om ${p.retryAfterSeconds} sekunder`,

  SIGN_IN_WITH_BEARER: () => 'Logg inn eller send en gyldig API-nøkkel (Authorization: Bearer …)',
  NEEDS_ROLE: (p) => `Dette krever en av rollene ${p.roles.join(', ')}`,
  READ_TOKEN_CANNOT_CHANGE: () =>
    'Denne API-nøkkelen har bare tilgangen READ; endringer krever en nøkkel med WRITE',
  READ_TOKEN: () => 'Denne API-nøkkelen har bare tilgangen READ',
  READER_ONLY_READS: () => 'En READER kan bare lese: denne endringen krever en annen rolle',

  CREDENTIAL_REFUSED: () =>
    'Innloggingen eller API-nøkkelen er ugyldig, utløpt eller trukket tilbake: logg inn på nytt',
  SESSION_IDLE: (p) => `Innloggingen ble avsluttet etter ${p.minutes} minutter uten bruk: logg inn på nytt`,
  WRONG_CREDENTIALS: () => 'E-postadressen eller passordet er feil',
  TOO_MANY_SIGN_INS: (p) =>
    `For mange mislykkede innlogginger ${p.by === 'account' ? 'for denne kontoen' : 'fra denne adressen'}: ` +
    `vent ${p.minutes} minutter og prøv igjen`,
  PASSWORD_NEEDS_PERSON: () => 'Logg inn som person for å endre passordet ditt (en API-nøkkel kan ikke det)',
  NOT_CURRENT_PASSWORD: () => 'er ikke det nåværende passordet ditt',
  COMMON_PASSWORD: () => 'er et av de vanligste passordene, som angripere prøver først: velg et annet',

  PASSWORD_LOGIN_DISABLED: () =>
    'Innlogging med passord er slått av her: logg inn med virksomhetens identitetsleverandør',
  OIDC_NO_ORGANISATION_CLAIM: (p) =>
    p.claim
      ? `Identitetsleverandøren sa ikke hvilken virksomhet du tilhører (mangler claim ${p.claim})`
      : 'Identitetsleverandøren er satt opp verken med claim for organisasjonsnummer eller med en virksomhet',
  OIDC_UNKNOWN_ORGANISATION: (p) =>
    `Virksomheten din (organisasjonsnummer ${p.orgNumber}) bruker ikke Gevinst: spør Gevinst-administratoren`,
  OIDC_ACCOUNT_DISABLED: () => 'Gevinst-kontoen din er deaktivert: spør Gevinst-administratoren',
  OIDC_NO_EMAIL: () => 'Identitetsleverandøren ga ikke e-postadressen din (claim email)',
  OIDC_EMAIL_TAKEN: (p) =>
    `${p.email} har allerede en Gevinst-bruker i en annen virksomhet eller hos en annen identitetsleverandør`,
  OIDC_SIGN_IN_EXPIRED: () =>
    'Innloggingen ble ikke startet her, er allerede brukt eller tok for lang tid: prøv igjen',
  OIDC_SIGN_IN_REFUSED: () =>
    'Svaret fra identitetsleverandøren kunne ikke bekreftes (state, nonce, signatur, utsteder eller utløp): prøv igjen',
  OIDC_PROVIDER_UNKNOWN: (p) => `Ingen aktiv identitetsleverandør heter ${p.provider}`,
  OIDC_PROVIDER_UNREACHABLE: (p) => `Identitetsleverandøren ${p.provider} svarte ikke: prøv igjen senere`,
  OIDC_SLUG_TAKEN: (p) => `En identitetsleverandør heter allerede ${p.slug}`,
  OIDC_SLUG_FORMAT: () => 'bruk 2–40 små bokstaver, sifre og bindestreker',
  NOT_AN_HTTPS_URL: () => 'må være en https://-adresse (http:// bare for localhost)',
  OIDC_ORGANISATION_REQUIRED: () =>
    'oppgi et claim for organisasjonsnummer eller knytt leverandøren til en virksomhet',
};
