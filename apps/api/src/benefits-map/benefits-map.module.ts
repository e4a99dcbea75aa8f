import { Module } from '@nestjs/common';
import { BenefitModule } from '../benefit/benefit.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { BenefitsMapRepository } from './benefits-map.repository.js';
import { BenefitsMapResolver } from './benefits-map.resolver.js';
import { BenefitsMapService } from './benefits-map.service.js';

@Module({
  imports: [InitiativeModule, BenefitModule],
  providers: [BenefitsMapResolver, BenefitsMapService, BenefitsMapRepository],
})
export class BenefitsMapModule {}
