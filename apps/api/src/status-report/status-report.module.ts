import { Module } from '@nestjs/common';
import { BenefitModule } from '../benefit/benefit.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import {
  BenefitStatusReportResolver,
  BenefitStatusReportsResolver,
  InitiativeStatusOverviewResolver,
  InitiativeStatusReportResolver,
  InitiativeStatusReportsResolver,
} from './status-report.resolver.js';
import { StatusReportRepository } from './status-report.repository.js';
import { StatusReportService } from './status-report.service.js';

/** Status reports (issue 16): benefit owners' reports per period, initiative owners' period status. */
@Module({
  imports: [BenefitModule, InitiativeModule],
  providers: [
    BenefitStatusReportResolver,
    InitiativeStatusReportResolver,
    InitiativeStatusOverviewResolver,
    BenefitStatusReportsResolver,
    InitiativeStatusReportsResolver,
    StatusReportService,
    StatusReportRepository,
  ],
  exports: [StatusReportRepository],
})
export class StatusReportModule {}
