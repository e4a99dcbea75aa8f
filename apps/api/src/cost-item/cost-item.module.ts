import { Module } from '@nestjs/common';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { CostItemResolver } from './cost-item.resolver.js';
import { InitiativeCostsResolver } from './initiative-costs.resolver.js';
import { CostItemService } from './cost-item.service.js';

@Module({
  imports: [InitiativeModule],
  providers: [CostItemResolver, InitiativeCostsResolver, CostItemService],
  exports: [CostItemService],
})
export class CostItemModule {}
