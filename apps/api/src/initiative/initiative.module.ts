import { Module } from '@nestjs/common';
import { CostSharingKeyModule } from '../cost-sharing-key/cost-sharing-key.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { FundingSourceResolver } from './funding-source.resolver.js';
import { InitiativeParticipantsService } from './initiative-participants.service.js';
import { InitiativeResolver } from './initiative.resolver.js';
import { InitiativeRepository } from './initiative.repository.js';
import { InitiativeService } from './initiative.service.js';
import { ParticipantRepository } from './participant.repository.js';

@Module({
  imports: [OrganisationModule, CostSharingKeyModule],
  providers: [
    InitiativeResolver,
    FundingSourceResolver,
    InitiativeService,
    InitiativeParticipantsService,
    InitiativeRepository,
    ParticipantRepository,
  ],
  exports: [InitiativeService, InitiativeRepository, ParticipantRepository],
})
export class InitiativeModule {}
