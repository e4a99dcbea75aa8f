import { Module } from '@nestjs/common';
import { AllocationModule } from '../../allocation/allocation.module.js';
import { CostItemModule } from '../../cost-item/cost-item.module.js';
import { CostSharingKeyModule } from '../../cost-sharing-key/cost-sharing-key.module.js';
import { InitiativeModule } from '../../initiative/initiative.module.js';
import { OrganisationModule } from '../../organisation/organisation.module.js';
import { UserModule } from '../../user/user.module.js';
import { DemoCostsSeeder } from './demo-costs.seeder.js';
import { DemoCoFinancingSeeder } from './demo-co-financing.seeder.js';
import { CoFinancingModule } from '../../co-financing/co-financing.module.js';
import { SeedRepository } from './seed.repository.js';
import { SeedService } from './seed.service.js';

@Module({
  imports: [
    UserModule,
    OrganisationModule,
    InitiativeModule,
    CostSharingKeyModule,
    CostItemModule,
    AllocationModule,
    CoFinancingModule,
  ],
  providers: [SeedService, DemoCostsSeeder, DemoCoFinancingSeeder, SeedRepository],
  exports: [SeedService],
})
export class SeedModule {}
