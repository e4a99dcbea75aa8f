import { Module } from '@nestjs/common';
import { InitiativeResolver } from './initiative.resolver.js';
import { InitiativeService } from './initiative.service.js';
import { ParticipantResolver } from './participant.resolver.js';

@Module({
  providers: [InitiativeResolver, ParticipantResolver, InitiativeService],
  exports: [InitiativeService],
})
export class InitiativeModule {}
