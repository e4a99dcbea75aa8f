import type { CatalogueOf } from '../types';
import type { budgetEn } from '../en/budget';

export const budgetNb: CatalogueOf<typeof budgetEn> = {
  OBJECTION_NEEDS_COMMENT: () => 'skriv hvorfor dere protesterer: en innsigelse må ha en kommentar',
  KEY_CONFIRMATION_PARTICIPANTS_ONLY: (p) =>
    `Bare en betalende deltaker i ${p.initiative} kan bekrefte eller protestere mot fordelingsnøkkelen, for seg selv`,
  KEY_VERSION_NOT_CURRENT: (p) =>
    `dette er ikke gjeldende versjon av «${p.key}»: last inn på nytt og svar på versjon ${p.version}`,
  KOSTRA_CODE_FORMAT: (p) => `en KOSTRA-kode har tre sifre (for eksempel 270), ikke ${p.got}`,
};
