import type { CatalogueOf } from '../types';
import type { economicsEn } from '../en/economics';
import { got } from './words';

export const economicsNb: CatalogueOf<typeof economicsEn> = {
  BEFORE_LAST_COST_YEAR: (p) => `kan ikke være før det siste kostnadsåret ${p.year} (fikk ${got(p.got)})`,
  BEFORE_BASE_YEAR: (p) => `kan ikke være før basisåret ${p.baseYear}`,
  ANALYSIS_PERIOD_TOO_LONG: (p) => `analyseperioden kan være høyst ${p.max} år (fikk ${p.from}–${p.to})`,
  BASE_YEAR_AFTER_FIRST_FLOW: (p) =>
    `kan ikke være etter ${p.year}, det første året med planlagt kostnad eller gevinst (fikk ${got(p.got)})`,
};
