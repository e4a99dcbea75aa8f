import type { EntityManager } from 'typeorm';
import { loaderOfMany } from '../common/loader-factories.js';
import { BenefitOwnerReportEntity } from './benefit-owner-report.entity.js';

/** Per-request batch loaders of benefit owner reports: `ctx.loaders.of(BenefitReportLoaders)`. */
export class BenefitReportLoaders {
  constructor(private readonly db: EntityManager) {}

  private readonly source = () => this.db;

  /** Benefit owner reports of each benefit, newest year first. */
  readonly ownerReportsOfBenefit = loaderOfMany(this.source, BenefitOwnerReportEntity, 'benefitId', {
    year: 'DESC',
  });
}
