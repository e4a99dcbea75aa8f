import { Module } from '@nestjs/common';
import { PopulationImportService } from './population-import.service.js';
import { PopulationRepository } from './population.repository.js';
import { PopulationResolver } from './population.resolver.js';

/** Population updates from Statistics Norway (the mutation; the CLI uses the same service). */
@Module({
  providers: [PopulationImportService, PopulationRepository, PopulationResolver],
  exports: [PopulationImportService],
})
export class PopulationModule {}
