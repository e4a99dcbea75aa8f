import { Injectable } from '@nestjs/common';
import type { ListWindow } from '../common/list-window.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort, type Sort } from '../common/sorting.js';
import { type AllocationDriverFilter, AllocationDriverSortField } from './dto/allocation-lists.args.js';
import { In } from 'typeorm';
import { namedQuery } from '../common/named-sql.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { AllocationDriverEntity } from './allocation-driver.entity.js';

/**
 * The hand-tuned statements of driver values, with named parameters; committed as SQL in
 * queries/allocation-driver.repository.sql (allocation-sql.spec regenerates and compares it).
 */
export const ALLOCATION_DRIVER_SQL = {
  // Every value of one call in one statement (up to 5,000 organisations), replacing what was entered.
  upsert: `INSERT INTO allocation_drivers (initiative_id, organisation_id, year, driver, value, source, updated_at)
SELECT :initiativeId, organisation_id, :year, :driver, value, :source, now()
FROM unnest(:organisationIds::uuid[], :values::numeric[]) AS d(organisation_id, value)
ON CONFLICT (initiative_id, year, driver, organisation_id)
DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source, updated_at = now()`,
} as const;

/**
 * Driver values (allocation_drivers): what setAllocationDrivers enters per initiative, year and driver,
 * in the request's transaction (UnitOfWork).
 */
@Injectable()
export class AllocationDriverRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get em() {
    return this.uow.manager();
  }

  /** The values of one driver for some organisations, as stored. */
  values(where: {
    initiativeId: string;
    year: number;
    driver: string;
    organisationIds: readonly string[];
  }): Promise<AllocationDriverEntity[]> {
    return this.em.getRepository(AllocationDriverEntity).findBy({
      initiativeId: where.initiativeId,
      year: where.year,
      driver: where.driver,
      organisationId: In([...where.organisationIds]),
    });
  }

  /** Every value of one driver in the initiative's year, by organisation. */
  ofDriver(initiativeId: string, year: number, driver: string): Promise<AllocationDriverEntity[]> {
    return this.em.getRepository(AllocationDriverEntity).find({
      where: { initiativeId, year, driver },
      order: { organisationId: 'ASC' },
    });
  }

  /**
   * The values entered for the initiative matching `filter`, in `sort`'s order (default by year, driver and
   * organisation; these break ties in the same direction), from `offset`, `limit` of them (all without).
   */
  ofInitiative(
    initiativeId: string,
    filter: Omit<AllocationDriverFilter, 'initiativeId'>,
    sort: Partial<Sort<AllocationDriverSortField>> | undefined,
    window: ListWindow,
  ): Promise<AllocationDriverEntity[]> {
    const query = this.em
      .getRepository(AllocationDriverEntity)
      .createQueryBuilder('d')
      .where('d.initiative_id = :initiativeId', { initiativeId });
    if (filter.year !== undefined && filter.year !== null)
      query.andWhere('d.year = :year', { year: filter.year });
    if (filter.organisationId)
      query.andWhere('d.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.driver) query.andWhere('d.driver = :driver', { driver: filter.driver });
    applySort(
      query,
      sort,
      { YEAR: 'd.year', VALUE: 'd.value', UPDATED_AT: 'd.updated_at' },
      { field: AllocationDriverSortField.YEAR, direction: SortDirection.ASC },
      ['d.year', 'd.driver', 'd.organisation_id'],
    );
    return query
      .offset(window.offset ?? 0)
      .limit(window.limit ?? undefined)
      .getMany();
  }

  /** Enters the values (new or replacing), with their source. */
  async upsert(entry: {
    initiativeId: string;
    year: number;
    driver: string;
    source: string;
    values: readonly { organisationId: string; value: string }[];
  }): Promise<void> {
    await namedQuery(this.em, ALLOCATION_DRIVER_SQL.upsert, {
      initiativeId: entry.initiativeId,
      year: entry.year,
      driver: entry.driver,
      source: entry.source,
      organisationIds: entry.values.map((v) => v.organisationId),
      values: entry.values.map((v) => v.value),
    });
  }
}
