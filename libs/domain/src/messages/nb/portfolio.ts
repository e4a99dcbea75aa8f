import type { CatalogueOf } from '../types';
import type { portfolioEn } from '../en/portfolio';
import { got } from './words';

export const portfolioNb: CatalogueOf<typeof portfolioEn> = {
  YEAR_FROM_TO: (p) => `må være et årstall fra ${p.min} til ${p.max} (fikk ${got(p.got)})`,
  TWO_DIGITS: (p) => `må være to sifre (fikk ${got(p.got)})`,
  NOT_BEFORE_FROM_YEAR: (p) => `kan ikke være før fromYear ${p.fromYear} (fikk ${got(p.got)})`,
  OWN_MINISTRY_ONLY: () =>
    'Porteføljeansvarlige ser porteføljen til sitt eget departement: utelat ministryId eller send id-en til din egen organisasjon',
  YEARS_AT_ONCE: (p) => `høyst ${p.max} år om gangen (${p.from}–${p.to}): send fromYear og toYear`,
  NOT_A_PARAMETER_OF: (p) => `er ikke en parameter for ${p.file} (bruk ${p.allowed.join(', ')})`,
};
