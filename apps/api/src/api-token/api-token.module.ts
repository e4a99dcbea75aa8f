import { Module } from '@nestjs/common';
import { ApiTokenResolver } from './api-token.resolver.js';
import { ApiTokenService } from './api-token.service.js';

@Module({ providers: [ApiTokenResolver, ApiTokenService] })
export class ApiTokenModule {}
