import { Module } from '@nestjs/common';
import { PriceIndexImportService } from './price-index-import.service.js';
import { PriceIndexRepository } from './price-index.repository.js';
import { PriceIndexResolver } from './price-index.resolver.js';

/** The consumer price index: reading it, and importing later years (the mutation; the CLI uses the service). */
@Module({
  providers: [PriceIndexImportService, PriceIndexRepository, PriceIndexResolver],
  exports: [PriceIndexImportService, PriceIndexRepository],
})
export class PriceIndexModule {}
