/** The kinds of organisation in Norwegian public administration that Gevinst tracks. */
export enum OrganisationKind {
  MINISTRY = 'MINISTRY',
  STATE_AGENCY = 'STATE_AGENCY',
  STATE_ADMINISTRATOR = 'STATE_ADMINISTRATOR',
  COUNTY_AUTHORITY = 'COUNTY_AUTHORITY',
  MUNICIPALITY = 'MUNICIPALITY',
  KS = 'KS',
  INTERMUNICIPAL_COMPANY = 'INTERMUNICIPAL_COMPANY',
  OTHER = 'OTHER',
}

/** Administrative level (forvaltningsnivå). */
export enum AdministrativeLevel {
  CENTRAL = 'CENTRAL',
  REGIONAL = 'REGIONAL',
  LOCAL = 'LOCAL',
}

const LEVEL_BY_KIND: Record<OrganisationKind, AdministrativeLevel> = {
  [OrganisationKind.MINISTRY]: AdministrativeLevel.CENTRAL,
  [OrganisationKind.STATE_AGENCY]: AdministrativeLevel.CENTRAL,
  [OrganisationKind.STATE_ADMINISTRATOR]: AdministrativeLevel.REGIONAL,
  [OrganisationKind.COUNTY_AUTHORITY]: AdministrativeLevel.REGIONAL,
  [OrganisationKind.MUNICIPALITY]: AdministrativeLevel.LOCAL,
  // KS is the local government sector's own organisation.
  [OrganisationKind.KS]: AdministrativeLevel.LOCAL,
  [OrganisationKind.INTERMUNICIPAL_COMPANY]: AdministrativeLevel.LOCAL,
  // Other bodies are treated as central unless they say otherwise.
  [OrganisationKind.OTHER]: AdministrativeLevel.CENTRAL,
};

/** The administrative level follows from the kind of organisation. */
export function administrativeLevelOf(kind: OrganisationKind): AdministrativeLevel {
  return LEVEL_BY_KIND[kind];
}

/** Kinds that must carry a municipality number. */
export function requiresMunicipalityNumber(kind: OrganisationKind): boolean {
  return kind === OrganisationKind.MUNICIPALITY;
}

/** Kinds that must carry a county number. */
export function requiresCountyNumber(kind: OrganisationKind): boolean {
  return kind === OrganisationKind.MUNICIPALITY || kind === OrganisationKind.COUNTY_AUTHORITY;
}
