import { Module } from '@nestjs/common';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { UserModule } from '../user/user.module.js';
import { BenefitRepository } from './benefit.repository.js';
import { BenefitResolver } from './benefit.resolver.js';
import { BenefitService } from './benefit.service.js';
import { InitiativeBenefitsResolver } from './initiative-benefits.resolver.js';

@Module({
  imports: [InitiativeModule, OrganisationModule, UserModule],
  providers: [BenefitResolver, InitiativeBenefitsResolver, BenefitService, BenefitRepository],
  exports: [BenefitService, BenefitRepository],
})
export class BenefitModule {}
