import type { OrganisationKind } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { likePattern } from '../common/ids.js';
import { namedQuery } from '../common/named-sql.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type Sort, applySort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import type { OrganisationFilter } from './dto/organisation-filter.input.js';
import { OrganisationSortField } from './dto/organisation-sort.input.js';
import { OrganisationPopulationEntity } from './organisation-population.entity.js';
import { OrganisationEntity } from './organisation.entity.js';

/** What an organisation holds besides its id, version and timestamps. */
export interface OrganisationFields {
  orgNumber: string;
  name: string;
  kind: OrganisationKind;
  administrativeLevel: OrganisationEntity['administrativeLevel'];
  municipalityNumber: string | null;
  countyNumber: string | null;
  parentId: string | null;
}

/** One year's population of an organisation, as stored. */
export interface PopulationFigure {
  year: number;
  value: number;
  source: string;
}

const SORT_COLUMNS: Record<OrganisationSortField, string> = {
  [OrganisationSortField.NAME]: 'o.name',
  [OrganisationSortField.ORG_NUMBER]: 'o.org_number',
  [OrganisationSortField.MUNICIPALITY_NUMBER]: 'o.municipality_number',
  [OrganisationSortField.KIND]: 'o.kind',
  [OrganisationSortField.POPULATION]:
    '(SELECT p.value FROM organisation_populations p WHERE p.organisation_id = o.id ORDER BY p.year DESC LIMIT 1)',
};
const SORT_DEFAULT = { field: OrganisationSortField.NAME, direction: SortDirection.ASC };

/**
 * The only code that reads and writes the organisations and organisation_populations tables one
 * organisation at a time, in the request's transaction (UnitOfWork). (The population import's bulk
 * statements are PopulationRepository's; the loaders batch the GraphQL reads.)
 */
@Injectable()
export class OrganisationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(OrganisationEntity);
  }

  private get populations() {
    return this.uow.manager().getRepository(OrganisationPopulationEntity);
  }

  /** A page of the organisations matching `filter` (already validated), with their count. */
  async page(
    filter: OrganisationFilter,
    sort: Partial<Sort<OrganisationSortField>> | undefined,
    page: { offset: number; limit: number },
  ): Promise<{ nodes: OrganisationEntity[]; totalCount: number }> {
    const query = this.table.createQueryBuilder('o');
    if (filter.kind?.length) query.andWhere('o.kind IN (:...kinds)', { kinds: filter.kind });
    if (filter.administrativeLevel)
      query.andWhere('o.administrative_level = :level', { level: filter.administrativeLevel });
    if (filter.countyNumber) query.andWhere('o.county_number = :county', { county: filter.countyNumber });
    if (filter.parentId) query.andWhere('o.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.isDemo !== undefined && filter.isDemo !== null)
      query.andWhere('o.is_demo = :isDemo', { isDemo: filter.isDemo });
    const search = filter.search?.trim();
    if (search) {
      query.andWhere(
        // A municipality is found by its display name too («Brønnøy kommune», organisationDisplayName).
        "(o.name ILIKE :pattern ESCAPE '\\' OR o.org_number LIKE :pattern ESCAPE '\\' OR o.municipality_number LIKE :pattern ESCAPE '\\'" +
          " OR (o.kind = 'MUNICIPALITY' AND o.name || ' kommune' ILIKE :pattern ESCAPE '\\'))",
        { pattern: likePattern(search) },
      );
    }
    applySort(query, sort, SORT_COLUMNS, SORT_DEFAULT, ['o.name', 'o.id'])
      .offset(page.offset)
      .limit(page.limit);
    const [nodes, totalCount] = await query.getManyAndCount();
    return { nodes, totalCount };
  }

  findById(id: string): Promise<OrganisationEntity | null> {
    return this.table.findOneBy({ id });
  }

  exists(id: string): Promise<boolean> {
    return this.table.existsBy({ id });
  }

  findByOrgNumber(orgNumber: string): Promise<OrganisationEntity | null> {
    return this.table.findOneBy({ orgNumber });
  }

  findByMunicipalityNumber(municipalityNumber: string): Promise<OrganisationEntity | null> {
    return this.table.findOneBy({ municipalityNumber });
  }

  /** The county authority (fylkeskommune) of a county, if there is one. */
  findCountyAuthority(countyNumber: string): Promise<OrganisationEntity | null> {
    return this.table.findOneBy({ kind: 'COUNTY_AUTHORITY' as OrganisationKind, countyNumber });
  }

  /** These organisations (unknown ids are left out), in no particular order. */
  findByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return ids.length ? this.table.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** The names of these organisations, by id (unknown ids are left out). */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.uow
      .manager()
      .query<{ id: string; name: string }[]>(
        `SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])`,
        [ids],
      );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** True when `candidateId` lies below `ancestorId` in the parent hierarchy. */
  async isDescendant(candidateId: string, ancestorId: string): Promise<boolean> {
    const rows: { id: string }[] = await this.uow.manager().query(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM organisations WHERE id = $1
         UNION ALL
         SELECT o.id, o.parent_id, up.depth + 1 FROM organisations o JOIN up ON o.id = up.parent_id WHERE up.depth < 50
       ) SELECT id FROM up WHERE id = $2 LIMIT 1`,
      [candidateId, ancestorId],
    );
    return rows.length > 0;
  }

  insert(fields: OrganisationFields): Promise<OrganisationEntity> {
    return this.table.save(this.table.create({ ...fields, isDemo: false, version: 1 }));
  }

  /** Writes `fields` if the organisation is still at `version` (CONFLICT otherwise) and returns it as stored. */
  async updateAtVersion(
    id: string,
    version: number,
    fields: OrganisationFields,
  ): Promise<OrganisationEntity> {
    await updateAtVersion(this.uow.manager(), OrganisationEntity, 'Organisation', id, version, fields);
    return this.table.findOneByOrFail({ id });
  }

  /** The organisation's figure for a year, if it has one. */
  populationOf(organisationId: string, year: number): Promise<OrganisationPopulationEntity | null> {
    return this.populations.findOneBy({ organisationId, year });
  }

  /** Adds a figure for a year the organisation has none for. */
  async insertPopulation(organisationId: string, figure: PopulationFigure): Promise<void> {
    await this.populations.insert({ organisationId, ...figure });
  }

  /** Stores the figure for a year: added, or replacing that year's figure only. */
  async upsertPopulation(organisationId: string, figure: PopulationFigure): Promise<void> {
    await this.uow
      .manager()
      .createQueryBuilder()
      .insert()
      .into(OrganisationPopulationEntity)
      .values({ organisationId, ...figure })
      .orUpdate(['value', 'source'], ['organisation_id', 'year'])
      .execute();
  }

  /** The stored populations of the organisations in the years (what an allocation by population reads). */
  populationsOf(
    organisationIds: readonly string[],
    years: readonly number[],
  ): Promise<{ organisation_id: string; year: number; value: number }[]> {
    return namedQuery(this.uow.manager(), POPULATIONS_SQL, { organisationIds, years });
  }
}

/**
 * The populations an allocation reads, with named parameters; committed as SQL in
 * apps/api/src/allocation/queries/allocation-run.repository.sql.
 */
export const POPULATIONS_SQL = `SELECT organisation_id, year, value FROM organisation_populations
WHERE organisation_id = ANY(:organisationIds::uuid[]) AND year = ANY(:years::int[])`;
