import { Injectable } from '@nestjs/common';
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

  /** Every value entered for the initiative (of a year), by year, driver and organisation. */
  ofInitiative(initiativeId: string, year: number | null | undefined): Promise<AllocationDriverEntity[]> {
    return this.em.getRepository(AllocationDriverEntity).find({
      where: { initiativeId, ...(year === undefined || year === null ? {} : { year }) },
      order: { year: 'ASC', driver: 'ASC', organisationId: 'ASC' },
    });
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
