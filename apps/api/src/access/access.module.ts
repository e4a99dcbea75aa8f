import { Module } from '@nestjs/common';
import { AccessRepository } from './access.repository.js';

/** The access repository, imported by the modules whose repositories select rows within a scope. */
@Module({ providers: [AccessRepository], exports: [AccessRepository] })
export class AccessModule {}
