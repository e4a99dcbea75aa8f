import { Module } from '@nestjs/common';
import { OrganisationResolver } from './organisation.resolver.js';
import { OrganisationService } from './organisation.service.js';

@Module({
  providers: [OrganisationResolver, OrganisationService],
  exports: [OrganisationService],
})
export class OrganisationModule {}
