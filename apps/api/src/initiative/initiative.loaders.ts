import type { EntityManager } from 'typeorm';
import { loaderById, loaderOfMany } from '../common/loader-factories.js';
import { FundingSourceEntity } from './funding-source.entity.js';
import { InitiativeEntity } from './initiative.entity.js';
import { ParticipantEntity } from './participant.entity.js';

/** Per-request batch loaders of initiatives and their parts: `ctx.loaders.of(InitiativeLoaders)`. */
export class InitiativeLoaders {
  constructor(private readonly db: EntityManager) {}

  private readonly source = () => this.db;

  readonly initiative = loaderById(this.source, InitiativeEntity);

  readonly participantsOfInitiative = loaderOfMany(this.source, ParticipantEntity, 'initiativeId', {
    createdAt: 'ASC',
    id: 'ASC',
  });

  readonly fundingSourcesOfInitiative = loaderOfMany(this.source, FundingSourceEntity, 'initiativeId', {
    position: 'ASC',
  });
}
