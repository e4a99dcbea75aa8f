import { Module } from '@nestjs/common';
import { ApiTokenRepository } from './api-token.repository.js';
import { ApiTokenResolver } from './api-token.resolver.js';
import { ApiTokenService } from './api-token.service.js';

@Module({
  providers: [ApiTokenResolver, ApiTokenService, ApiTokenRepository],
  exports: [ApiTokenRepository],
})
export class ApiTokenModule {}
