import type { CatalogueOf } from '../types';
import type { digifinEn } from '../en/digifin';
import { kind } from './words';

export const digifinNb: CatalogueOf<typeof digifinEn> = {
  CO_FINANCING_NEEDS_STATE_AGENCY: (p) =>
    `medfinansiering (CO_FINANCING) gis bare til initiativer som eies av en statlig virksomhet; ${p.owner} er ${kind(p.kind) ?? p.kind} – kommuner og fylkeskommuner kan bare være partnere`,
  DIGIFIN_NEEDS_LOCAL_OWNER: (p) =>
    `DigiFin-tilskudd (DIGIFIN) gis bare til initiativer som eies av en kommune, en fylkeskommune eller KS; ${p.owner} er ${kind(p.kind) ?? p.kind}`,
  OWNER_MAKES_GRANT_INELIGIBLE: (p) =>
    `${p.owner} (${kind(p.kind) ?? p.kind}) kan ikke eie dette initiativet: finansieringsplanen har tilskudd fra ${p.scheme}, som den eieren ikke kan motta; endre finansieringsplanen først`,
  DIGIFIN_RULE_INVALID: (p) => `DigiFin-bidragsregelen for ${p.year} kan ikke brukes: ${p.what}`,
  DIGIFIN_POPULATION_MISSING: (p) =>
    `DigiFin-bidragene for ${p.year} trenger innbyggertallet for ${p.populationYear}, som ${p.count} organisasjon(er) mangler: ${p.names}`,
};
