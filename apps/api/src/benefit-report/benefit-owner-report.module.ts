import { Module } from '@nestjs/common';
import { BenefitOwnerReportResolver } from './benefit-owner-report.resolver.js';
import { BenefitOwnerReportService } from './benefit-owner-report.service.js';

@Module({
  providers: [BenefitOwnerReportResolver, BenefitOwnerReportService],
})
export class BenefitOwnerReportModule {}
