import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { seedDemoPortfolio } from './demo-seed.js';
import { readReferenceData } from './reference-data.js';
import { seedReferenceData } from './reference-seed.js';

/** An arbitrary constant: one seeding process at a time per database. */
const SEED_LOCK = 727_001;

/**
 * Seeds on start, after the migrations: the reference data always (unless disabled), the demo portfolio
 * in demo mode. Idempotent and safe to run from several processes at once (an advisory lock).
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.run();
  }

  async run(): Promise<void> {
    if (!this.config.seedReference && !this.config.demo) return;
    const started = Date.now();
    await this.db.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if (this.config.seedReference) {
        const result = await seedReferenceData(em, readReferenceData(this.config.referenceDir));
        this.logger.log(
          `Reference data: ${result.countiesAdded} counties, ${result.organisationsAdded} organisations and ` +
            `${result.populationsAdded} population figures added (existing rows kept)`,
        );
      }
      if (this.config.demo) {
        const result = await seedDemoPortfolio(em);
        this.logger.log(`Demo portfolio: ${result.initiativesAdded} initiatives added`);
      }
    });
    this.logger.log(`Seeding took ${Date.now() - started} ms`);
  }
}
