import { Global, Module } from '@nestjs/common';
import { BulkRunner } from './bulk.js';
import { UnitOfWork } from './unit-of-work.js';

/** The request's database work (see UnitOfWork, BulkRunner), for every feature's repositories and services. */
@Global()
@Module({ providers: [UnitOfWork, BulkRunner], exports: [UnitOfWork, BulkRunner] })
export class UnitOfWorkModule {}
