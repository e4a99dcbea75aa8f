import { Module } from '@nestjs/common';
import { BenefitModule } from '../benefit/benefit.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { BenefitOwnerReportRepository } from './benefit-owner-report.repository.js';
import { BenefitOwnerReportResolver } from './benefit-owner-report.resolver.js';
import { BenefitOwnerReportsResolver } from './benefit-owner-reports.resolver.js';
import { BenefitOwnerReportService } from './benefit-owner-report.service.js';

@Module({
  imports: [BenefitModule, InitiativeModule],
  providers: [
    BenefitOwnerReportResolver,
    BenefitOwnerReportsResolver,
    BenefitOwnerReportService,
    BenefitOwnerReportRepository,
  ],
  exports: [BenefitOwnerReportRepository],
})
export class BenefitOwnerReportModule {}
