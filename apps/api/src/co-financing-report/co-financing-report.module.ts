import { Module } from '@nestjs/common';
import { CoFinancingBenefitLineResolver } from './co-financing-benefit-line.resolver.js';
import { CoFinancingReportController } from './co-financing-report.controller.js';
import { CoFinancingReportResolver } from './co-financing-report.resolver.js';
import { CoFinancingReportService } from './co-financing-report.service.js';

@Module({
  controllers: [CoFinancingReportController],
  providers: [CoFinancingReportResolver, CoFinancingBenefitLineResolver, CoFinancingReportService],
})
export class CoFinancingReportModule {}
