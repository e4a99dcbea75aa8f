import type { CatalogueOf } from '../types';
import type { coFinancingEn } from '../en/co-financing';
import { got } from './words';

export const coFinancingNb: CatalogueOf<typeof coFinancingEn> = {
  CO_FINANCING_REPORT_ACCESS: (p) =>
    `Medfinansieringsrapporten for ${p.code} er for eierorganisasjonen, porteføljeansvarlige i departementet og administratorer`,
  REPORT_YEAR_BEGUN: (p) =>
    `må være et årstall fra ${p.min} til ${p.max}: rapporten gjelder et år som har begynt (fikk ${got(p.got)})`,
  INITIATIVE_ID_REQUIRED: () => 'må fylles ut (id-en til et initiativ)',
  REPORT_YEAR_REQUIRED: () => 'må fylles ut (et årstall, for eksempel 2025)',
};
