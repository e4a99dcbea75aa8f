import type { CatalogueOf } from '../types';
import type { organisationEn } from '../en/organisation';
import { got, kind } from './words';

/** An organisation kind with its article ("en kommune"); an unknown code as it is. */
const kindWords = (code: string): string => kind(code) ?? code;

export const organisationNb: CatalogueOf<typeof organisationEn> = {
  COUNTY_NUMBER_DIGITS: (p) => `må være 2 sifre (fikk ${got(p.got)})`,
  MUNICIPALITY_NUMBER_REQUIRED: () => 'må fylles ut for en kommune',
  ONLY_MUNICIPALITIES: (p) => `bare kommuner har kommunenummer (dette er ${kindWords(p.kind)})`,
  COUNTY_OF_MUNICIPALITY: (p) => `må være ${p.county}, de to første sifrene i kommunenummeret`,
  NOT_A_COUNTY_NUMBER: (p) => `${p.county} er ikke et eksisterende fylkesnummer`,
  COUNTY_NUMBER_REQUIRED: (p) => `må fylles ut for ${kindWords(p.kind)}`,
  OWN_PARENT: () => 'en organisasjon kan ikke være overordnet seg selv',
  ORGANISATION_MISSING: (p) => `organisasjonen ${p.id} finnes ikke`,
  PARENT_CYCLE: () =>
    'ville gitt en sirkulær struktur: den nye overordnede organisasjonen ligger under denne organisasjonen',
  ORG_NUMBER_TAKEN: (p) => `${p.orgNumber} er allerede registrert på ${p.name}`,
  MUNICIPALITY_NUMBER_TAKEN: (p) => `${p.municipalityNumber} er allerede brukt av ${p.name}`,
  COUNTY_AUTHORITY_EXISTS: (p) => `fylke ${p.county} har allerede en fylkeskommune: ${p.name}`,
  OSLO_NO_COUNTY_AUTHORITY: () =>
    'Oslo har ingen fylkeskommune: Oslo kommune utfører fylkeskommunens oppgaver',

  POPULATION_YEAR_BETWEEN: (p) => `året må være mellom ${p.min} og ${p.max} (fikk ${p.got})`,
  POPULATION_VALUE: (p) => `verdien må være et helt antall innbyggere, 0 eller flere (fikk ${p.got})`,
  POPULATION_SOURCE_TOO_LONG: (p) => `kilden må være høyst ${p.max} tegn`,

  CSV_EMPTY: () => 'er tom',
  CSV_UNREADABLE: (p) => `kan ikke leses som CSV: ${p.detail}`,
  CSV_NO_REGION_COLUMN: () =>
    'har ingen overskriftslinje med en «region»-kolonne (last ned tabell 07459 med overskriftene)',
  CSV_NO_VALUE_COLUMN: () => 'har en årskolonne, men ingen verdikolonne etter den (for eksempel «Personer»)',
  CSV_NO_YEAR: () =>
    'har verken en årskolonne («år») eller én kolonne per år (for eksempel «Personer 2025»): last ned tabell 07459 med året',
  CSV_YEAR_MISSING: (p) =>
    `${p.year} finnes ikke i filen (den har ${p.years.length ? p.years.join(', ') : 'ingen år'}): last ned året du importerer`,
  CSV_SEVERAL_STATISTICS: (p) =>
    `har mer enn én statistikkvariabel (${p.statistics.map((s) => `«${s}»`).join(', ')}): velg bare «Personer»`,
  CSV_TOO_LONG: (p) => `er ${p.length} tegn; høyst ${p.max} er tillatt (velg ett år og last ned på nytt)`,
  CSV_NO_FIGURE: (p) =>
    `har ingen tall for ${p.year} for noen kommune i Gevinst` +
    (p.unknown.length ? ` (ukjente kommunenumre: ${p.unknown.join(', ')})` : ''),
};
