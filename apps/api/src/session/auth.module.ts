import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UserModule } from '../user/user.module.js';
import { AuthGuard } from '../auth/auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { PasswordVerifier } from '../auth/password.js';

@Module({
  imports: [UserModule],
  providers: [AuthService, AuthResolver, PasswordVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, PasswordVerifier],
})
export class AuthModule {}
