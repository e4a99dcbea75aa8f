import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';
import { CostSharingKeyEntity } from './cost-sharing-key.entity.js';

/**
 * Reads and writes of the cost-sharing keys, in the request's transaction (UnitOfWork). (Started with what
 * other features need; CostSharingKeyService still holds its own statements until it moves here.)
 */
@Injectable()
export class CostSharingKeyRepository {
  constructor(private readonly uow: UnitOfWork) {}

  exists(id: string): Promise<boolean> {
    return this.uow.manager().getRepository(CostSharingKeyEntity).existsBy({ id });
  }
}
