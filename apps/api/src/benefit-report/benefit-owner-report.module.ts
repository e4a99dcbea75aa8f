import { Module } from '@nestjs/common';
import { BenefitOwnerReportResolver } from './benefit-owner-report.resolver.js';
import { BenefitOwnerReportsResolver } from './benefit-owner-reports.resolver.js';
import { BenefitOwnerReportService } from './benefit-owner-report.service.js';

@Module({
  providers: [BenefitOwnerReportResolver, BenefitOwnerReportsResolver, BenefitOwnerReportService],
})
export class BenefitOwnerReportModule {}
