import { Module } from '@nestjs/common';
import { InitiativeResolver } from './initiative.resolver.js';
import { InitiativeService } from './initiative.service.js';

@Module({
  providers: [InitiativeResolver, InitiativeService],
  exports: [InitiativeService],
})
export class InitiativeModule {}
