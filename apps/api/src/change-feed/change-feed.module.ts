import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { ChangeFeedRepository } from './change-feed.repository.js';
import { ChangeFeedResolver } from './change-feed.resolver.js';
import { ChangeFeedService } from './change-feed.service.js';

/** The change feed (issue 19): the audit trail as a resumable stream of changes. */
@Module({
  imports: [AccessModule],
  providers: [ChangeFeedRepository, ChangeFeedService, ChangeFeedResolver],
})
export class ChangeFeedModule {}
