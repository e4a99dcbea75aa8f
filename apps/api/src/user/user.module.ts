import { Module } from '@nestjs/common';
import { CredentialRepository } from '../auth/credential.repository.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { UserRepository } from './user.repository.js';
import { UserResolver } from './user.resolver.js';
import { UserService } from './user.service.js';

@Module({
  imports: [OrganisationModule],
  providers: [UserResolver, UserService, UserRepository, CredentialRepository],
  exports: [UserService, UserRepository, CredentialRepository],
})
export class UserModule {}
