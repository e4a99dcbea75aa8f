import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { OrganisationKind, countyNumberOf } from '@gevinst/domain';

export interface ReferenceCounty {
  number: string;
  name: string;
  population: number;
  populationYear: number;
  /** The county authority's organisation number; empty for Oslo, which has none. */
  orgNumber: string | null;
}

export interface ReferenceOrganisation {
  orgNumber: string;
  name: string;
  kind: OrganisationKind;
  municipalityNumber: string | null;
  countyNumber: string | null;
  parentOrgNumber: string | null;
  /**
   * The register's name in capitals (state bodies' `legal_name_brreg`), which earlier reference data used
   * as the name: a row still named so was never edited and takes the new name (see reference-seed.ts).
   */
  legalName: string | null;
  population: { year: number; value: number } | null;
  source: string;
}

/** One year of SSB's consumer price index (table 03014, annual average, 2015 = 100). */
export interface ReferencePriceIndex {
  year: number;
  /** decimal text, such as "133.6" */
  value: string;
}

export interface ReferenceData {
  counties: ReferenceCounty[];
  organisations: ReferenceOrganisation[];
  priceIndex: ReferencePriceIndex[];
}

export const SOURCE_PRICE_INDEX = 'data/reference/cpi.csv (SSB table 03014, annual average, 2015 = 100)';

const SOURCE_MUNICIPALITIES =
  'data/reference/municipalities.csv (SSB population 1 January; Brønnøysund register)';
const SOURCE_COUNTIES = 'data/reference/counties.csv (sum of municipal populations; Brønnøysund register)';

function readCsv(dir: string, file: string): Record<string, string>[] {
  return parse(readFileSync(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
}

function orgNumberOrNull(value: string | undefined, what: string): string | null {
  if (!value) return null;
  if (!/^\d{9}$/.test(value))
    throw new Error(`Reference data: ${what} is not an organisation number: "${value}"`);
  return value;
}

function integer(value: string, what: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`Reference data: ${what} is not a whole number: "${value}"`);
  return Number(value);
}

/** Reads the reference CSV files (see data/reference/SOURCES.md). */
export function readReferenceData(dir: string): ReferenceData {
  const counties: ReferenceCounty[] = readCsv(dir, 'counties.csv').map((row) => ({
    number: row.county_number,
    name: row.name,
    population: integer(row.population, `population of county ${row.county_number}`),
    populationYear: integer(row.population_year, 'population_year'),
    orgNumber: row.org_number || null,
  }));
  const organisations: ReferenceOrganisation[] = [];

  for (const row of readCsv(dir, 'state_bodies.csv')) {
    const kind =
      row.category === 'ministry'
        ? OrganisationKind.MINISTRY
        : row.category === 'statsforvalter'
          ? OrganisationKind.STATE_ADMINISTRATOR
          : OrganisationKind.STATE_AGENCY;
    organisations.push({
      orgNumber: row.org_number,
      name: row.name,
      kind,
      municipalityNumber: null,
      countyNumber: null,
      // The ministry the agency reports to (data/reference/SOURCES.md); empty for ministries.
      parentOrgNumber: orgNumberOrNull(row.parent_ministry_org_number, `parent of ${row.org_number}`),
      legalName: row.legal_name_brreg || null,
      population: null,
      source: `data/reference/state_bodies.csv (${row.source})`,
    });
  }
  for (const row of readCsv(dir, 'other_bodies.csv')) {
    organisations.push({
      orgNumber: row.org_number,
      name: row.name,
      kind: row.category === 'ks' ? OrganisationKind.KS : OrganisationKind.OTHER,
      municipalityNumber: null,
      countyNumber: null,
      parentOrgNumber: null,
      legalName: null,
      population: null,
      source: `data/reference/other_bodies.csv (${row.source})`,
    });
  }
  for (const county of counties) {
    if (!county.orgNumber) continue; // Oslo: Oslo kommune performs the county tasks.
    organisations.push({
      orgNumber: county.orgNumber,
      name: `${county.name} fylkeskommune`,
      kind: OrganisationKind.COUNTY_AUTHORITY,
      municipalityNumber: null,
      countyNumber: county.number,
      parentOrgNumber: null,
      legalName: null,
      population: { year: county.populationYear, value: county.population },
      source: SOURCE_COUNTIES,
    });
  }
  for (const row of readCsv(dir, 'municipalities.csv')) {
    if (countyNumberOf(row.municipality_number) !== row.county_number)
      throw new Error(
        `Reference data: municipality ${row.municipality_number} is listed in county ${row.county_number}`,
      );
    organisations.push({
      orgNumber: row.org_number,
      name: row.name,
      kind: OrganisationKind.MUNICIPALITY,
      municipalityNumber: row.municipality_number,
      countyNumber: row.county_number,
      parentOrgNumber: null,
      legalName: null,
      population: {
        year: integer(row.population_year, 'population_year'),
        value: integer(row.population, `population of ${row.name}`),
      },
      source: SOURCE_MUNICIPALITIES,
    });
  }
  const priceIndex = readCsv(dir, 'cpi.csv').map((row) => {
    if (!/^\d+(\.\d{1,3})?$/.test(row.cpi_2015_100 ?? ''))
      throw new Error(
        `Reference data: the price index of ${row.year} is not a decimal: "${row.cpi_2015_100}"`,
      );
    return { year: integer(row.year, 'price index year'), value: row.cpi_2015_100 };
  });
  return { counties, organisations, priceIndex };
}
