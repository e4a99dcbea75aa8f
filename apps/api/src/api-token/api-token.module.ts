import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { ApiTokenRepository } from './api-token.repository.js';
import { ApiTokenResolver } from './api-token.resolver.js';
import { ApiTokenService } from './api-token.service.js';

@Module({
  imports: [UserModule],
  providers: [ApiTokenResolver, ApiTokenService, ApiTokenRepository],
  exports: [ApiTokenRepository],
})
export class ApiTokenModule {}
