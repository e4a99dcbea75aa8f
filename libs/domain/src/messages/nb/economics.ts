import type { CatalogueOf } from '../types';
import type { economicsEn } from '../en/economics';
import { got } from './words';

export const economicsNb: CatalogueOf<typeof economicsEn> = {
  BEFORE_LAST_COST_YEAR: (p) => `kan ikke være før det siste kostnadsåret ${p.year} (fikk ${got(p.got)})`,
  BEFORE_BASE_YEAR: (p) => `kan ikke være før basisåret ${p.baseYear}`,
  ANALYSIS_PERIOD_TOO_LONG: (p) => `analyseperioden kan være høyst ${p.max} år (fikk ${p.from}–${p.to})`,
  BASE_YEAR_AFTER_FIRST_FLOW: (p) =>
    `kan ikke være etter ${p.year}, det første året med planlagt kostnad eller gevinst (fikk ${got(p.got)})`,
  BEFORE_START_YEAR: (p) => `kan ikke være før startåret ${p.year} (fikk ${got(p.got)})`,
  LIFETIME_OR_TO_YEAR: () => 'oppgi enten lifetimeYears eller toYear, ikke begge',
  LIFETIME_YEARS: (p) => `må være et helt antall år fra 1 til ${p.max} (fikk ${got(p.got)})`,
  FLOW_OUTSIDE_PERIOD: (p) => `${p.year} er utenfor analyseperioden ${p.from}–${p.to}`,
  PRICE_INDEX_EMPTY: () => 'konsumprisindeksen har ingen år',
  PRICE_INDEX_YEAR_TWICE: (p) => `året ${p.year} er oppgitt mer enn én gang`,
  PRICE_INDEX_POSITIVE: (p) => `må være en indeks over 0 (fikk ${got(p.got)})`,
  CPI_NO_COLUMNS: () =>
    'har ingen overskriftslinje med en årskolonne («year» eller «år») og en indekskolonne (som «cpi_2015_100» eller «Konsumprisindeks (2015=100)»)',
  CPI_NO_YEAR: () => 'har ikke noe år med en brukbar indeks',
  CPI_LINE_YEAR: (p) => `året må være et helt år fra ${p.min} til ${p.max} (fikk «${p.got}»): ikke importert`,
  CPI_LINE_VALUE: (p) =>
    `${p.year}: indeksen må være et tall over 0 med høyst tre desimaler (fikk «${p.got}»): ikke importert`,
  CPI_LINE_TWICE: (p) => `${p.year} står også på linje ${p.first}: ingen av dem importeres`,
};
