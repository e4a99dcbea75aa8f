import { msg } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { PG_UNIQUE_VIOLATION, conflict, pgErrorCode } from '../common/errors.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { MeasurementEntity } from './measurement.entity.js';

/** A new version of a measurement: everything but the bookkeeping the database fills in. */
export type NewMeasurement = Pick<
  MeasurementEntity,
  | 'id'
  | 'benefitId'
  | 'date'
  | 'value'
  | 'source'
  | 'comment'
  | 'revision'
  | 'supersedesId'
  | 'correctionReason'
  | 'recordedByUserId'
  | 'recordedByName'
  | 'recordedByOrganisationId'
  | 'externalId'
>;

/**
 * The only code that reads and writes benefit_measurements, in the request's transaction (UnitOfWork).
 * The table is append-only: the database refuses any change but marking a version superseded.
 */
@Injectable()
export class MeasurementRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(MeasurementEntity);
  }

  findById(id: string): Promise<MeasurementEntity | null> {
    return this.table.findOneBy({ id });
  }

  /** The current (not superseded) version of the benefit's measurement of `date`, if any. */
  currentOf(benefitId: string, date: string): Promise<MeasurementEntity | null> {
    return this.table
      .createQueryBuilder('m')
      .where('m.benefit_id = :benefitId AND m.measured_on = :date AND m.superseded_at IS NULL', {
        benefitId,
        date,
      })
      .getOne();
  }

  /** The current version of the benefit's measurement sent with `externalId`, if any. */
  currentByExternalId(benefitId: string, externalId: string): Promise<MeasurementEntity | null> {
    return this.table
      .createQueryBuilder('m')
      .where('m.benefit_id = :benefitId AND m.external_id = :externalId AND m.superseded_at IS NULL', {
        benefitId,
        externalId,
      })
      .getOne();
  }

  /**
   * Adds a version and returns it as stored. CONFLICT when the partial unique index (one current version
   * per benefit and date) refuses it: someone else recorded the date meanwhile.
   */
  async insert(row: NewMeasurement): Promise<MeasurementEntity> {
    try {
      await this.table.insert({ ...row, isDemo: false });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION)
        throw conflict(msg('MEASUREMENT_RECORDED_MEANWHILE', { date: row.date }));
      throw error;
    }
    return this.table.findOneByOrFail({ id: row.id });
  }

  /**
   * Marks the version `id` superseded by `byId` if it is still current (its row is locked from here);
   * false when it was not (corrected by someone else meanwhile).
   */
  async markSuperseded(id: string, byId: string): Promise<boolean> {
    const marked = await this.uow
      .manager()
      .createQueryBuilder()
      .update(MeasurementEntity)
      .set({ supersededAt: () => 'now()', supersededById: byId })
      .where('id = :id AND superseded_at IS NULL', { id })
      .execute();
    return marked.affected === 1;
  }
}
