import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { CostItemModule } from '../cost-item/cost-item.module.js';
import { CostSharingKeyModule } from '../cost-sharing-key/cost-sharing-key.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { AllocationDriverRepository } from './allocation-driver.repository.js';
import { AllocationDriverResolver } from './allocation-driver.resolver.js';
import { AllocationLineResolver } from './allocation-line.resolver.js';
import { AllocationPreviewLineResolver } from './allocation-preview-line.resolver.js';
import { AllocationLineRepository } from './allocation-line.repository.js';
import { AllocationQueryService } from './allocation-query.service.js';
import { AllocationRunRepository } from './allocation-run.repository.js';
import { AllocationRunResolver } from './allocation-run.resolver.js';
import { AllocationSummaryItemResolver } from './allocation-summary-item.resolver.js';
import { AllocationResolver } from './allocation.resolver.js';
import { AllocationService } from './allocation.service.js';
import { OrganisationAllocationResolver } from './organisation-allocation.resolver.js';

@Module({
  imports: [InitiativeModule, AccessModule, CostSharingKeyModule, CostItemModule, OrganisationModule],
  providers: [
    AllocationService,
    AllocationQueryService,
    AllocationLineRepository,
    AllocationRunRepository,
    AllocationDriverRepository,
    AllocationResolver,
    AllocationLineResolver,
    AllocationRunResolver,
    AllocationPreviewLineResolver,
    AllocationDriverResolver,
    AllocationSummaryItemResolver,
    OrganisationAllocationResolver,
  ],
  exports: [AllocationQueryService, AllocationService],
})
export class AllocationModule {}
