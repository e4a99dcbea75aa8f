import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiTokenModule } from '../api-token/api-token.module.js';
import { UserModule } from '../user/user.module.js';
import { AuthGuard } from '../auth/auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { PasswordVerifier } from '../auth/password.js';
import { SessionRepository } from './session.repository.js';

@Module({
  imports: [UserModule, ApiTokenModule],
  providers: [
    AuthService,
    AuthResolver,
    PasswordVerifier,
    SessionRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, PasswordVerifier],
})
export class AuthModule {}
