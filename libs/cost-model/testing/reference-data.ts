/**
 * Test support: the real reference data in data/reference (population on 1 January 2024).
 * Only specs use this; the library itself does no I/O.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../../data/reference');

function readCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(join(DIR, file), 'utf8').trim().split('\n');
  const columns = header.split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}

export interface Municipality {
  number: string;
  name: string;
  countyNumber: string;
  population: number;
  orgNumber: string;
}

export interface County {
  number: string;
  name: string;
  population: number;
  /** empty for Oslo (03), whose county tasks Oslo kommune performs */
  orgNumber: string;
}

export const municipalities: Municipality[] = readCsv('municipalities.csv').map((row) => ({
  number: row.municipality_number,
  name: row.name,
  countyNumber: row.county_number,
  population: Number(row.population),
  orgNumber: row.org_number,
}));

export const counties: County[] = readCsv('counties.csv').map((row) => ({
  number: row.county_number,
  name: row.name,
  population: Number(row.population),
  orgNumber: row.org_number,
}));

/** The municipalities as participants with a population driver, id = municipality number. */
export function municipalityParticipants(group?: string) {
  return municipalities.map((m) => ({ id: m.number, drivers: { population: m.population }, group }));
}

/**
 * The 372 local and regional bodies: the 357 municipalities (id = municipality number, "0301") and the
 * 15 counties (id = "county-" + county number, "county-46"). Oslo is counted twice on purpose: as a
 * municipality and as county 03, the county role Oslo kommune holds itself.
 */
export function localAndRegionalParticipants() {
  return [
    ...municipalityParticipants(),
    ...counties.map((c) => ({ id: `county-${c.number}`, drivers: { population: c.population } })),
  ];
}
