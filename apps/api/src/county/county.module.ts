import { Module } from '@nestjs/common';
import { CountyRepository } from './county.repository.js';
import { CountyResolver } from './county.resolver.js';
import { CountyService } from './county.service.js';

@Module({
  providers: [CountyResolver, CountyService, CountyRepository],
  exports: [CountyService, CountyRepository],
})
export class CountyModule {}
