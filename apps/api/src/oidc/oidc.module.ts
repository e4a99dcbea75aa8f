import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { AuthModule } from '../session/auth.module.js';
import { UserModule } from '../user/user.module.js';
import { IdentityProviderRepository } from './identity-provider.repository.js';
import { IdentityProviderResolver } from './identity-provider.resolver.js';
import { OidcController } from './oidc.controller.js';
import { OidcService } from './oidc.service.js';

/** Signing in with OpenID Connect identity providers, and their administration. */
@Module({
  imports: [AuthModule, UserModule, OrganisationModule],
  controllers: [OidcController],
  providers: [OidcService, IdentityProviderRepository, IdentityProviderResolver],
})
export class OidcModule {}
