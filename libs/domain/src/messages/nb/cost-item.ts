import type { CatalogueOf } from '../types';
import type { costItemEn } from '../en/cost-item';

export const costItemNb: CatalogueOf<typeof costItemEn> = {
  PAYER_NEEDS_OWN_BUDGET: (p) =>
    `skal stå tomt når fundingScheme ikke er OWN_BUDGET (fikk ${p.scheme === 'none' ? 'ingen' : p.scheme}): bare et eget budsjett tilhører en organisasjon`,
  COST_ITEM_EXTERNAL_ID_TAKEN: (p) =>
    `externalId «${p.externalId}» tilhører allerede kostnadspost ${p.id} i dette tiltaket; send den med importCostItems for å oppdatere den`,
};
