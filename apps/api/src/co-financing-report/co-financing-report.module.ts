import { Module } from '@nestjs/common';
import { BenefitPlanModule } from '../benefit-plan/benefit-plan.module.js';
import { CostItemModule } from '../cost-item/cost-item.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { CoFinancingBenefitLineResolver } from './co-financing-benefit-line.resolver.js';
import { CoFinancingReportController } from './co-financing-report.controller.js';
import { CoFinancingReportRepository } from './co-financing-report.repository.js';
import {
  CoFinancingReportDeadlinesResolver,
  CoFinancingReportResolver,
  TakeOutAgencyResolver,
} from './co-financing-report.resolver.js';
import { CoFinancingReportService } from './co-financing-report.service.js';

@Module({
  imports: [InitiativeModule, OrganisationModule, CostItemModule, BenefitPlanModule],
  controllers: [CoFinancingReportController],
  providers: [
    CoFinancingReportResolver,
    CoFinancingReportDeadlinesResolver,
    TakeOutAgencyResolver,
    CoFinancingBenefitLineResolver,
    CoFinancingReportService,
    CoFinancingReportRepository,
  ],
})
export class CoFinancingReportModule {}
