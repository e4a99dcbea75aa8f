import { Module } from '@nestjs/common';
import { AllocationModule } from '../allocation/allocation.module.js';
import { CostItemModule } from '../cost-item/cost-item.module.js';
import { CostSharingKeyModule } from '../cost-sharing-key/cost-sharing-key.module.js';
import { CountyModule } from '../county/county.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { KeyComparisonController } from './key-comparison.controller.js';
import { KeyComparisonResolver } from './key-comparison.resolver.js';
import { KeyComparisonService } from './key-comparison.service.js';

/** The key comparison (issue 15, "Agreeing a cost-sharing key"): GraphQL `keyComparison` and its workbook. */
@Module({
  imports: [
    AllocationModule,
    InitiativeModule,
    CostItemModule,
    CostSharingKeyModule,
    CountyModule,
    OrganisationModule,
  ],
  controllers: [KeyComparisonController],
  providers: [KeyComparisonService, KeyComparisonResolver],
})
export class KeyComparisonModule {}
