import type { CatalogueOf } from '../types';
import type { auditEn } from '../en/audit';

export const auditNb: CatalogueOf<typeof auditEn> = {
  IS_TOO_LONG: () => 'er for lang',
  NOT_BEFORE_FROM: () => 'kan ikke være før from',
  ADDRESS_REFUSED: () => 'Adressen avviste forespørselen (HTTP 403, ingen tilgang)',
  NOT_A_CHANGE_CURSOR: () =>
    'er ikke en markør fra endringsstrømmen (bruk endCursor eller cursor som strømmen returnerte)',
  WEBHOOK_URL_NOT_HTTP: () => 'må være en http://- eller https://-adresse',
  WEBHOOK_URL_INVALID: () => 'er ikke en gyldig adresse',
  WEBHOOK_URL_CREDENTIALS: () => 'kan ikke inneholde brukernavn eller passord (signaturen autentiserer)',
  WEBHOOK_URL_PRIVATE: (p) =>
    `${p.host} er en privat eller lokal adresse; webhooker leveres bare til offentlige adresser`,
  WEBHOOK_NO_EVENT_TYPES: () => 'velg minst én hendelsestype',
  WEBHOOK_ACCESS: () => 'Bare administratorer og integratorer kan administrere webhooker',
};
