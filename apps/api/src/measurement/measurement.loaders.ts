import type { EntityManager } from 'typeorm';
import { loaderOfMany } from '../common/loader-factories.js';
import { MeasurementEntity } from './measurement.entity.js';

/** Per-request batch loaders of measurements: `ctx.loaders.of(MeasurementLoaders)`. */
export class MeasurementLoaders {
  constructor(private readonly db: EntityManager) {}

  private readonly source = () => this.db;

  /** Every version of every measurement of each benefit, by date and revision. */
  readonly measurementsOfBenefit = loaderOfMany(this.source, MeasurementEntity, 'benefitId', {
    date: 'ASC',
    revision: 'ASC',
  });
}
