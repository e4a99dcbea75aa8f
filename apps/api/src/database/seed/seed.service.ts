import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { UnitOfWork } from '../../common/unit-of-work.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { UserService } from '../../user/user.service.js';
import { DemoCostsSeeder } from './demo-costs.seeder.js';
import { DemoCoFinancingSeeder } from './demo-co-financing.seeder.js';
import { readReferenceData } from './reference-data.js';
import { SeedRepository } from './seed.repository.js';

/**
 * Seeds on start, after the migrations: the reference data (unless disabled), the first administrator
 * (from GEVINST_ADMIN_EMAIL and GEVINST_ADMIN_PASSWORD, on a database without users), and in demo mode
 * the demo portfolio and one demo user per persona. Idempotent and safe to run from several processes at once (an advisory lock).
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly seeds: SeedRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserService,
    private readonly demoCosts: DemoCostsSeeder,
    private readonly demoCoFinancing: DemoCoFinancingSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.run();
  }

  async run(): Promise<void> {
    const started = Date.now();
    await this.uow.transaction(async () => {
      await this.seeds.lock();
      if (this.config.seedReference) {
        const result = await this.seeds.referenceData(readReferenceData(this.config.referenceDir));
        this.logger.log(
          `Reference data: ${result.countiesAdded} counties, ${result.organisationsAdded} organisations and ` +
            `${result.populationsAdded} population figures and ${result.priceIndexYearsAdded} price index years ` +
            `added (existing rows kept); ${result.namesRefreshed} names refreshed, ${result.parentsLinked} ` +
            'parents linked',
        );
      }
      await this.users.ensureFirstAdmin();
      if (this.config.demo) {
        const result = await this.seeds.demoPortfolio();
        const benefits = await this.seeds.demoBenefits();
        const users = await this.seeds.demoUsers();
        this.logger.log(
          `Demo portfolio: ${result.initiativesAdded} initiatives, ${benefits.benefitsAdded} benefits with ` +
            `${benefits.measurementsAdded} measurements and ${users} demo users added`,
        );
      }
    });
    if (this.config.demo) {
      // Through the same services users call (each in its own transaction), after the data they need.
      await this.demoCosts.seed();
      // The co-financing call needs the initiatives' costs (their analysis decides eligibility and rank).
      await this.demoCoFinancing.seed();
      // After the call: its approval of DEMO-MEDFIN-TOLK froze the binding benefits plan; the later change
      // of a target (the plan's deviation) comes after it.
      await this.uow.transaction(async () => {
        await this.seeds.lock();
        await this.seeds.demoBenefitPlans();
        await this.seeds.demoStatusReports();
      });
    }
    this.logger.log(`Seeding took ${Date.now() - started} ms`);
  }
}
