import { Module } from '@nestjs/common';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { BenefitsMapResolver } from './benefits-map.resolver.js';
import { BenefitsMapService } from './benefits-map.service.js';

@Module({
  imports: [InitiativeModule],
  providers: [BenefitsMapResolver, BenefitsMapService],
})
export class BenefitsMapModule {}
