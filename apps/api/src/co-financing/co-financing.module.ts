import { Module } from '@nestjs/common';
import { EconomicsModule } from '../economics/economics.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { LoadersModule } from '../loaders/loaders.module.js';
import { CoFinancingApplicationRepository } from './co-financing-application.repository.js';
import { CoFinancingCallRepository } from './co-financing-call.repository.js';
import { CoFinancingRankingController } from './co-financing.controller.js';
import {
  CoFinancingApplicationResolver,
  CoFinancingCallResolver,
  InitiativeCoFinancingResolver,
} from './co-financing.resolver.js';
import { CoFinancingService } from './co-financing.service.js';

/**
 * Co-financing calls, applications, eligibility, ranking and approval (issue 15). The binding benefits
 * plan's freeze is provided here as BENEFIT_PLAN_FREEZER once apps/api/src/benefit-plan exists (see
 * benefit-plan-freezer.ts).
 */
@Module({
  imports: [InitiativeModule, EconomicsModule, LoadersModule],
  controllers: [CoFinancingRankingController],
  providers: [
    CoFinancingService,
    CoFinancingCallRepository,
    CoFinancingApplicationRepository,
    CoFinancingCallResolver,
    CoFinancingApplicationResolver,
    InitiativeCoFinancingResolver,
  ],
  exports: [CoFinancingService],
})
export class CoFinancingModule {}
