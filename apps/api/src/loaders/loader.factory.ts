import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AllocationLoaders } from '../allocation/allocation.loaders.js';
import { AuditLoaders } from '../audit/audit.loaders.js';
import { BenefitReportLoaders } from '../benefit-report/benefit-report.loaders.js';
import { BenefitLoaders } from '../benefit/benefit.loaders.js';
import { BenefitPlanLoaders } from '../benefit-plan/benefit-plan.loaders.js';
import { type LoaderBuilders, type LoaderSetClass, RequestLoaders } from '../common/request-loaders.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { CostItemLoaders } from '../cost-item/cost-item.loaders.js';
import { CostSharingKeyLoaders } from '../cost-sharing-key/cost-sharing-key.loaders.js';
import { CountyLoaders } from '../county/county.loaders.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';
import { MeasurementLoaders } from '../measurement/measurement.loaders.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { PriceIndexLoaders } from '../price-index/price-index.loaders.js';
import { UserLoaders } from '../user/user.loaders.js';
import { StatusReportLoaders } from '../status-report/status-report.loaders.js';

/**
 * Builds each GraphQL request's batch loaders (the `loaders` of its context). Every feature's loader set
 * (`<feature>/<feature>.loaders.ts`) is registered here, and only here: this folder sits above the features
 * and nothing but the app module imports it, so the features, the context type and graphql/ stay free of
 * each other. A set reads through the UnitOfWork's EntityManager (the pool's: a request's loaders run
 * after its transaction, if any, has ended).
 */
@Injectable()
export class LoaderFactory {
  private readonly builders: LoaderBuilders;

  constructor(uow: UnitOfWork) {
    const sets: (new (db: EntityManager) => object)[] = [
      OrganisationLoaders,
      CountyLoaders,
      UserLoaders,
      InitiativeLoaders,
      CostSharingKeyLoaders,
      CostItemLoaders,
      AllocationLoaders,
      BenefitLoaders,
      MeasurementLoaders,
      BenefitReportLoaders,
      PriceIndexLoaders,
      BenefitPlanLoaders,
      AuditLoaders,
      StatusReportLoaders,
    ];
    this.builders = new Map<LoaderSetClass, () => object>(
      sets.map((set) => [set, () => new set(uow.manager())]),
    );
  }

  /**
   * A new, empty set of loaders for one request: nothing is shared across requests or users, save the
   * participant lists a process keeps while the database says they are current (participant-list-cache.ts),
   * which do not depend on who reads them.
   */
  forRequest(): RequestLoaders {
    return new RequestLoaders(this.builders);
  }
}
