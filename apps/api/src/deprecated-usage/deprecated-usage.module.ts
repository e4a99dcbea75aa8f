import { Module } from '@nestjs/common';
import { DeprecatedUsageRecorder } from './deprecated-usage.recorder.js';
import { DeprecatedUsageRepository } from './deprecated-usage.repository.js';
import { DeprecatedUsageResolver } from './deprecated-usage.resolver.js';
import { DeprecatedUsageService } from './deprecated-usage.service.js';

/**
 * Deprecated-field usage (docs/api-changes.md, "Usage is visible"): the recorder the GraphQL module's
 * plugin counts into (one per process, imported there), the table's repository and the admin query.
 */
@Module({
  providers: [DeprecatedUsageRepository, DeprecatedUsageRecorder],
  exports: [DeprecatedUsageRecorder, DeprecatedUsageRepository],
})
export class DeprecatedUsageRecorderModule {}

@Module({
  imports: [DeprecatedUsageRecorderModule],
  providers: [DeprecatedUsageService, DeprecatedUsageResolver],
})
export class DeprecatedUsageModule {}
