import type { CatalogueOf } from '../types';
import type { costSharingKeyEn } from '../en/cost-sharing-key';

export const costSharingKeyNb: CatalogueOf<typeof costSharingKeyEn> = {
  KEY_MANAGERS_ONLY: () =>
    'Bare initiativeiere i organisasjonen som eier nøkkelen (eller administratorer) kan forvalte fordelingsnøklene dens',
  KEY_NAME_TAKEN: (p) => `organisasjonen har allerede en nøkkel som heter «${p.name}»`,
  BEFORE_VALID_FROM: (p) => `kan ikke være før validFrom (${p.validFrom})`,
};
