import { Module } from '@nestjs/common';
import { EconomicsService } from './economics.service.js';
import { InitiativeEconomicsResolver } from './initiative-economics.resolver.js';

@Module({
  providers: [InitiativeEconomicsResolver, EconomicsService],
  exports: [EconomicsService],
})
export class EconomicsModule {}
