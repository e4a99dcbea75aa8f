import type { CatalogueOf } from '../types';
import type { initiativeEn } from '../en/initiative';
import { kind, role } from './words';

export const initiativeNb: CatalogueOf<typeof initiativeEn> = {
  INITIATIVE_CREATE_ACCESS: () =>
    'Bare initiativeiere i eierorganisasjonen (eller administratorer) kan opprette initiativer for den',
  INITIATIVE_EDIT_ACCESS: (p) =>
    `Bare initiativeiere i eierorganisasjonen (eller administratorer) kan endre ${p.code}`,
  INITIATIVE_HANDOVER: () => 'Bare administratorer kan overføre et initiativ til en annen organisasjon',
  OWNER_TAKES_PART: () => 'eieren deltar allerede, som eier',
  ONLY_OWNER_IS_OWNER: () => 'bare eierorganisasjonen har rollen eier',
  OWNER_ROLE_BY_UPDATE: () => 'bare eierorganisasjonen har rollen eier; bytt heller eier av initiativet',
  ALREADY_TAKES_PART: (p) => `${p.organisation} deltar allerede i ${p.code} som ${role(p.role)}`,
  PARTICIPANT_NOT_FOUND: (p) => `Organisasjonen ${p.id} deltar ikke i ${p.code}`,
  COST_GROUP_FORMAT: () => 'må være 1–40 bokstaver, sifre, bindestreker eller understreker',
  OWNER_NOT_REMOVABLE: () => 'eieren kan ikke fjernes; bytt eier av initiativet først',
  NOT_BEFORE_FIELD: (p) => `kan ikke være før ${p.field} (${p.date})`,
  // An unknown kind code is written as it is (the organisation kinds are all known).
  NOT_A_MINISTRY: (p) => `må være et departement (${p.name} er ${kind(p.kind) ?? p.kind})`,
  COST_SHARING_KEY_MISSING: (p) => `fordelingsnøkkelen ${p.id} finnes ikke`,
  INITIATIVE_CODE_TAKEN: (p) => `${p.code} er allerede brukt av «${p.name}»`,
  GRANT_NAMES_NO_ORGANISATION: (p) =>
    `skal stå tomt: et tilskudd fra ${p.scheme} betales av ordningen, ikke av en organisasjons eget budsjett`,
};
