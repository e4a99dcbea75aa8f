import { Global, Module } from '@nestjs/common';
import { AuditQueryService } from './audit-query.service.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { DenialAuditPlugin } from './denial-audit.plugin.js';
import { DenialAuditService } from './denial-audit.service.js';

@Global()
@Module({
  providers: [AuditService, AuditQueryService, AuditResolver, DenialAuditService, DenialAuditPlugin],
  exports: [AuditService, DenialAuditService],
})
export class AuditModule {}
