import { OrganisationKind } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { ListWindow } from '../common/list-window.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import type { Sort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { type PopulationYearFilter, PopulationYearSortField } from './dto/population-years.args.js';

/** A municipality as the import matches it. */
export interface MunicipalityRow {
  id: string;
  municipality_number: string;
  name: string;
}

/**
 * The population import's set-based statements on organisations and organisation_populations, in the
 * UnitOfWork's transaction: every municipality at once, the year's figures (locked for the import), and one
 * upsert of all changed figures. (One organisation's figures at a time are OrganisationRepository's.)
 */
@Injectable()
export class PopulationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * The years with population figures from `filter.fromYear` to `filter.toYear` (each when given), in
   * `sort`'s order (default year descending; ties by year), from `offset`, `limit` of them (all without).
   */
  async listYears(
    filter: PopulationYearFilter,
    sort: Partial<Sort<PopulationYearSortField>> | undefined,
    window: ListWindow,
  ): Promise<{ year: number; organisationCount: number }[]> {
    const direction = (sort?.direction ?? SortDirection.DESC) === SortDirection.DESC ? 'DESC' : 'ASC';
    const column = sort?.field === PopulationYearSortField.ORGANISATION_COUNT ? 'count(*)' : 'year';
    const rows = await this.uow.manager().query<{ year: number; organisation_count: string | number }[]>(
      `SELECT year, count(*) AS organisation_count FROM organisation_populations
        WHERE ($1::int IS NULL OR year >= $1) AND ($2::int IS NULL OR year <= $2)
        GROUP BY year ORDER BY ${column} ${direction}, year ${direction} LIMIT $3 OFFSET $4`,
      [filter.fromYear ?? null, filter.toYear ?? null, window.limit ?? null, window.offset ?? 0],
    );
    return rows.map((row) => ({ year: Number(row.year), organisationCount: Number(row.organisation_count) }));
  }

  /** Every municipality with a municipality number, by number. */
  municipalities(): Promise<MunicipalityRow[]> {
    return this.uow.manager().query<MunicipalityRow[]>(
      `SELECT id, municipality_number, name FROM organisations
       WHERE kind = $1 AND municipality_number IS NOT NULL ORDER BY municipality_number`,
      [OrganisationKind.MUNICIPALITY],
    );
  }

  /** The year's stored figures of the municipalities, locked for the import unless it is a dry run. */
  async municipalFigures(year: number, lock: boolean): Promise<Map<string, number>> {
    const rows = await this.uow.manager().query<{ organisation_id: string; value: number }[]>(
      `SELECT p.organisation_id, p.value FROM organisation_populations p
       JOIN organisations o ON o.id = p.organisation_id
       WHERE p.year = $1 AND o.kind = $2 ${lock ? 'FOR UPDATE OF p' : ''}`,
      [year, OrganisationKind.MUNICIPALITY],
    );
    return new Map(rows.map((row) => [row.organisation_id, Number(row.value)]));
  }

  /** Stores the year's figure of each organisation (added, or replaced), all with the same source. */
  async upsertFigures(
    year: number,
    source: string,
    figures: readonly { organisationId: string; value: number }[],
  ): Promise<void> {
    await this.uow.manager().query(
      `INSERT INTO organisation_populations (organisation_id, year, value, source)
       SELECT organisation_id, $3::int, value, $4::text FROM unnest($1::uuid[], $2::int[]) AS t(organisation_id, value)
       ON CONFLICT (organisation_id, year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source`,
      [figures.map((figure) => figure.organisationId), figures.map((figure) => figure.value), year, source],
    );
  }
}
