import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { CostSharingKeyVersionResolver } from './cost-sharing-key-version.resolver.js';
import { CostSharingKeyResolver } from './cost-sharing-key.resolver.js';
import { CostSharingKeyRepository } from './cost-sharing-key.repository.js';
import { CostSharingKeyService } from './cost-sharing-key.service.js';

@Module({
  imports: [OrganisationModule],
  providers: [
    CostSharingKeyResolver,
    CostSharingKeyVersionResolver,
    CostSharingKeyService,
    CostSharingKeyRepository,
  ],
  exports: [CostSharingKeyService, CostSharingKeyRepository],
})
export class CostSharingKeyModule {}
