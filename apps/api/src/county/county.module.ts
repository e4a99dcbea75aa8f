import { Module } from '@nestjs/common';
import { CountyResolver } from './county.resolver.js';
import { CountyService } from './county.service.js';

@Module({ providers: [CountyResolver, CountyService], exports: [CountyService] })
export class CountyModule {}
