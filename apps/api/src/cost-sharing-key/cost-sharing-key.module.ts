import { Module } from '@nestjs/common';
import { CostSharingKeyResolver } from './cost-sharing-key.resolver.js';
import { CostSharingKeyRepository } from './cost-sharing-key.repository.js';
import { CostSharingKeyService } from './cost-sharing-key.service.js';

@Module({
  providers: [CostSharingKeyResolver, CostSharingKeyService, CostSharingKeyRepository],
  exports: [CostSharingKeyService, CostSharingKeyRepository],
})
export class CostSharingKeyModule {}
