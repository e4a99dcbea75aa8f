import { Global, Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { AuditQueryRepository } from './audit-query.repository.js';
import { AuditQueryService } from './audit-query.service.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditEventResolver } from './audit-event.resolver.js';
import { DenialAuditPlugin } from './denial-audit.plugin.js';
import { DenialAuditService } from './denial-audit.service.js';
import { Mutations } from './mutation.js';

@Global()
@Module({
  imports: [AccessModule],
  providers: [
    AuditRepository,
    Mutations,
    AuditQueryService,
    AuditQueryRepository,
    AuditResolver,
    AuditEventResolver,
    DenialAuditService,
    DenialAuditPlugin,
  ],
  exports: [AuditRepository, Mutations, DenialAuditService],
})
export class AuditModule {}
