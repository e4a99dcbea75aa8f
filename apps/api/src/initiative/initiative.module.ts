import { Module } from '@nestjs/common';
import { InitiativeResolver } from './initiative.resolver.js';
import { InitiativeRepository } from './initiative.repository.js';
import { InitiativeService } from './initiative.service.js';

@Module({
  providers: [InitiativeResolver, InitiativeService, InitiativeRepository],
  exports: [InitiativeService, InitiativeRepository],
})
export class InitiativeModule {}
