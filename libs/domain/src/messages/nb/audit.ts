import type { CatalogueOf } from '../types';
import type { auditEn } from '../en/audit';

export const auditNb: CatalogueOf<typeof auditEn> = {
  IS_TOO_LONG: () => 'er for lang',
  NOT_BEFORE_FROM: () => 'kan ikke være før from',
  ADDRESS_REFUSED: () => 'Adressen avviste forespørselen (HTTP 403, ingen tilgang)',
};
