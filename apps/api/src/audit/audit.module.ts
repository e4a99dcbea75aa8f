import { Global, Module } from '@nestjs/common';
import { AuditQueryService } from './audit-query.service.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({ providers: [AuditService, AuditQueryService, AuditResolver], exports: [AuditService] })
export class AuditModule {}
