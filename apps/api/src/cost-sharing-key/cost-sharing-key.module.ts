import { Module } from '@nestjs/common';
import { CostSharingKeyResolver } from './cost-sharing-key.resolver.js';
import { CostSharingKeyService } from './cost-sharing-key.service.js';

@Module({ providers: [CostSharingKeyResolver, CostSharingKeyService], exports: [CostSharingKeyService] })
export class CostSharingKeyModule {}
