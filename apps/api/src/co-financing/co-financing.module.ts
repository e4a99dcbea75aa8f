import { Module } from '@nestjs/common';
import { BenefitPlanModule } from '../benefit-plan/benefit-plan.module.js';
import { BenefitPlanService } from '../benefit-plan/benefit-plan.service.js';
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
import { BENEFIT_PLAN_FREEZER, type BenefitPlanFreezer } from './benefit-plan-freezer.js';

/**
 * Co-financing calls, applications, eligibility, ranking and approval (issue 15). Approval freezes the
 * binding benefits plan: BENEFIT_PLAN_FREEZER is BenefitPlanService.approveCurrent, in the approval's
 * transaction (see benefit-plan-freezer.ts).
 */
@Module({
  imports: [InitiativeModule, EconomicsModule, LoadersModule, BenefitPlanModule],
  controllers: [CoFinancingRankingController],
  providers: [
    {
      provide: BENEFIT_PLAN_FREEZER,
      inject: [BenefitPlanService],
      useFactory: (plans: BenefitPlanService): BenefitPlanFreezer => ({
        freezeForApproval: (actor, request) =>
          plans.approveCurrent(actor, request.initiativeId, request.note),
      }),
    },
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
