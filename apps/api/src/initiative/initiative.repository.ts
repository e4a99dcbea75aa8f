import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';
import { InitiativeEntity } from './initiative.entity.js';

/**
 * Reads and writes of the initiatives table, in the request's transaction (UnitOfWork). (Started with what
 * other features need; InitiativeService still holds its own statements until it moves here.)
 */
@Injectable()
export class InitiativeRepository {
  constructor(private readonly uow: UnitOfWork) {}

  findById(id: string): Promise<InitiativeEntity | null> {
    return this.uow.manager().getRepository(InitiativeEntity).findOneBy({ id });
  }
}
