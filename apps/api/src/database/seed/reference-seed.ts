import { administrativeLevelOf } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { type ReferenceData, SOURCE_PRICE_INDEX } from './reference-data.js';

export interface ReferenceSeedResult {
  countiesAdded: number;
  organisationsAdded: number;
  populationsAdded: number;
  priceIndexYearsAdded: number;
  /** State bodies whose register capitals were replaced by the reference name (issue 17). */
  namesRefreshed: number;
  /** Organisations without a parent that were linked to theirs (an agency to its ministry). */
  parentsLinked: number;
}

/**
 * Loads the reference data idempotently with a few set-based statements: rows that exist already (by
 * county number, organisation number, or organisation and year) are kept, so user edits survive a re-run
 * and nothing is duplicated. Two refreshes reach existing rows, and only rows nobody edited: a state body
 * still named in the register's capitals gets its reference name, and an organisation without a parent
 * gets the one the reference data names (data/reference/SOURCES.md).
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

  // Names: earlier reference data named 21 state bodies in the register's capitals (ADVOKATTILSYNET). A
  // row still named exactly so was never edited, and takes the reference name (Advokattilsynet); a name
  // anyone changed is left alone. The version goes up, as with any edit, so an open form notices.
  const renamable = orgs.filter((o) => o.legalName && o.legalName !== o.name);
  const renamed: unknown[] = renamable.length
    ? await em.query(
        `UPDATE organisations o SET name = r.name, version = o.version + 1, updated_at = now()
         FROM unnest($1::varchar[], $2::text[], $3::text[]) AS r(org_number, name, legal_name)
         WHERE o.org_number = r.org_number AND o.name = r.legal_name
         RETURNING o.org_number`,
        [renamable.map((o) => o.orgNumber), renamable.map((o) => o.name), renamable.map((o) => o.legalName)],
      )
    : [];

  // Parents (an agency's ministry, parent_ministry_org_number): set on every row that has none yet — the
  // rows this run created and the agencies of earlier reference data, which had no ministry. A parent a
  // user chose is never replaced.
  const withParent = orgs.filter((o) => o.parentOrgNumber);
  const linked: unknown[] = withParent.length
    ? await em.query(
        `UPDATE organisations child SET parent_id = parent.id
         FROM unnest($1::varchar[], $2::varchar[]) AS link(child_number, parent_number)
         JOIN organisations parent ON parent.org_number = link.parent_number
         WHERE child.org_number = link.child_number AND child.parent_id IS NULL AND child.id <> parent.id
         RETURNING child.org_number`,
        [withParent.map((o) => o.orgNumber), withParent.map((o) => o.parentOrgNumber)],
      )
    : [];

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
    namesRefreshed: renamed.length,
    parentsLinked: linked.length,
  };
}
