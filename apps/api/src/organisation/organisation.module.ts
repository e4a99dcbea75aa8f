import { Module } from '@nestjs/common';
import { CountyAuthorityResolver } from './county-authority.resolver.js';
import { OrganisationResolver } from './organisation.resolver.js';
import { OrganisationService } from './organisation.service.js';

@Module({
  providers: [OrganisationResolver, CountyAuthorityResolver, OrganisationService],
  exports: [OrganisationService],
})
export class OrganisationModule {}
