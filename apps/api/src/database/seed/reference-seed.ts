import { administrativeLevelOf } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { type ReferenceData, SOURCE_PRICE_INDEX } from './reference-data.js';

export interface ReferenceSeedResult {
  countiesAdded: number;
  organisationsAdded: number;
  populationsAdded: number;
  priceIndexYearsAdded: number;
}

/**
 * Loads the reference data idempotently with a few set-based statements: rows that exist already (by
 * county number, organisation number, or organisation and year) are left exactly as they are, so user
 * edits survive a re-run and nothing is duplicated.
 */
export async function seedReferenceData(
  em: EntityManager,
  data: ReferenceData,
): Promise<ReferenceSeedResult> {
  const counties: unknown[] = await em.query(
    `INSERT INTO counties (number, name)
     SELECT * FROM unnest($1::varchar[], $2::text[])
     ON CONFLICT DO NOTHING RETURNING number`,
    [data.counties.map((c) => c.number), data.counties.map((c) => c.name)],
  );
  await em.query(
    `INSERT INTO county_populations (county_number, year, value, source)
     SELECT * FROM unnest($1::varchar[], $2::int[], $3::int[], $4::text[])
     ON CONFLICT DO NOTHING`,
    [
      data.counties.map((c) => c.number),
      data.counties.map((c) => c.populationYear),
      data.counties.map((c) => c.population),
      data.counties.map(() => 'data/reference/counties.csv'),
    ],
  );

  const orgs = data.organisations;
  const inserted: { org_number: string }[] = await em.query(
    `INSERT INTO organisations (org_number, name, kind, administrative_level, municipality_number, county_number)
     SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::text[], $5::varchar[], $6::varchar[])
     ON CONFLICT DO NOTHING RETURNING org_number`,
    [
      orgs.map((o) => o.orgNumber),
      orgs.map((o) => o.name),
      orgs.map((o) => o.kind),
      orgs.map((o) => administrativeLevelOf(o.kind)),
      orgs.map((o) => o.municipalityNumber),
      orgs.map((o) => o.countyNumber),
    ],
  );

  // Parents are set only on the rows this run created, never on rows a user may have edited.
  const added = new Set(inserted.map((row) => row.org_number));
  const withParent = orgs.filter((o) => o.parentOrgNumber && added.has(o.orgNumber));
  if (withParent.length) {
    await em.query(
      `UPDATE organisations child SET parent_id = parent.id
       FROM unnest($1::varchar[], $2::varchar[]) AS link(child_number, parent_number)
       JOIN organisations parent ON parent.org_number = link.parent_number
       WHERE child.org_number = link.child_number`,
      [withParent.map((o) => o.orgNumber), withParent.map((o) => o.parentOrgNumber)],
    );
  }

  const withPopulation = orgs.filter((o) => o.population);
  const populations: unknown[] = await em.query(
    `INSERT INTO organisation_populations (organisation_id, year, value, source)
     SELECT o.id, p.year, p.value, p.source
     FROM unnest($1::varchar[], $2::int[], $3::int[], $4::text[]) AS p(org_number, year, value, source)
     JOIN organisations o ON o.org_number = p.org_number
     ON CONFLICT DO NOTHING RETURNING organisation_id`,
    [
      withPopulation.map((o) => o.orgNumber),
      withPopulation.map((o) => o.population!.year),
      withPopulation.map((o) => o.population!.value),
      withPopulation.map((o) => o.source),
    ],
  );
  // The consumer price index: years present already (seeded or imported) are left as they are.
  const indexYears: unknown[] = await em.query(
    `INSERT INTO price_index (year, value, source)
     SELECT * FROM unnest($1::int[], $2::numeric[], $3::text[])
     ON CONFLICT DO NOTHING RETURNING year`,
    [
      data.priceIndex.map((p) => p.year),
      data.priceIndex.map((p) => p.value),
      data.priceIndex.map(() => SOURCE_PRICE_INDEX),
    ],
  );
  return {
    priceIndexYearsAdded: indexYears.length,
    countiesAdded: counties.length,
    organisationsAdded: inserted.length,
    populationsAdded: populations.length,
  };
}
