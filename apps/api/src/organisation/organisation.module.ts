import { Module } from '@nestjs/common';
import { CountyModule } from '../county/county.module.js';
import { CountyAuthorityResolver } from './county-authority.resolver.js';
import { OrganisationRepository } from './organisation.repository.js';
import { OrganisationResolver } from './organisation.resolver.js';
import { OrganisationService } from './organisation.service.js';

@Module({
  imports: [CountyModule],
  providers: [OrganisationResolver, CountyAuthorityResolver, OrganisationService, OrganisationRepository],
  exports: [OrganisationService, OrganisationRepository],
})
export class OrganisationModule {}
