import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { loaderById, loaderOfMany } from '../common/loader-factories.js';
import { FundingSourceEntity } from './funding-source.entity.js';
import { InitiativeEntity } from './initiative.entity.js';
import { ParticipantEntity } from './participant.entity.js';
import {
  type ParticipantWithOrganisation,
  participantPages,
  participantsWithOrganisations,
} from './participant.repository.js';
import type { Page } from '../common/pagination.js';
import type { PageWindow } from '../common/cursor.js';

/** Per-request batch loaders of initiatives and their parts: `ctx.loaders.of(InitiativeLoaders)`. */
export class InitiativeLoaders {
  constructor(private readonly db: EntityManager) {}

  private readonly source = () => this.db;

  readonly initiative = loaderById(this.source, InitiativeEntity);

  readonly participantsOfInitiative = loaderOfMany(this.source, ParticipantEntity, 'initiativeId', {
    createdAt: 'ASC',
    id: 'ASC',
  });

  /** The participants of each initiative with their organisations: one statement for a page of initiatives. */
  readonly participantsWithOrganisation = new DataLoader<string, ParticipantWithOrganisation[]>((ids) =>
    participantsWithOrganisations(this.db, ids),
  );

  private readonly participantPageLoaders = new Map<
    string,
    DataLoader<string, Page<ParticipantWithOrganisation>>
  >();

  /** The same window of each initiative's participants (Initiative.participantsPage): one statement a window. */
  participantPage(window: PageWindow): DataLoader<string, Page<ParticipantWithOrganisation>> {
    const key = `${window.offset}:${window.limit}`;
    let loader = this.participantPageLoaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => participantPages(this.db, ids, window));
      this.participantPageLoaders.set(key, loader);
    }
    return loader;
  }

  readonly fundingSourcesOfInitiative = loaderOfMany(this.source, FundingSourceEntity, 'initiativeId', {
    position: 'ASC',
  });
}
