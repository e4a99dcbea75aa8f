import { Module } from '@nestjs/common';
import { CostSharingKeyModule } from '../cost-sharing-key/cost-sharing-key.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { CostItemRepository } from './cost-item.repository.js';
import { CostItemResolver } from './cost-item.resolver.js';
import { InitiativeCostsResolver } from './initiative-costs.resolver.js';
import { CostItemService } from './cost-item.service.js';
import { FundingPlanSourceResolver, InitiativeFundingPlanResolver } from './funding-plan.resolver.js';

@Module({
  imports: [InitiativeModule, CostSharingKeyModule, OrganisationModule],
  providers: [
    CostItemResolver,
    InitiativeCostsResolver,
    InitiativeFundingPlanResolver,
    FundingPlanSourceResolver,
    CostItemService,
    CostItemRepository,
  ],
  exports: [CostItemService, CostItemRepository],
})
export class CostItemModule {}
