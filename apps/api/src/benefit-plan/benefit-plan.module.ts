import { Module } from '@nestjs/common';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { BenefitDeviationResolver } from './benefit-deviation.resolver.js';
import { BenefitPlanRepository } from './benefit-plan.repository.js';
import { BenefitPlanResolver, InitiativeBenefitPlanResolver } from './benefit-plan.resolver.js';
import { BenefitPlanService } from './benefit-plan.service.js';

/**
 * The binding benefits plan. Exports BenefitPlanService: approveCurrent (freeze and approve inside the
 * caller's transaction), inForce and inForceAt (the version a report measures against).
 */
@Module({
  imports: [InitiativeModule],
  providers: [
    BenefitPlanResolver,
    InitiativeBenefitPlanResolver,
    BenefitDeviationResolver,
    BenefitPlanService,
    BenefitPlanRepository,
  ],
  exports: [BenefitPlanService],
})
export class BenefitPlanModule {}
