import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { loaderById, loaderOfMany } from '../common/loader-factories.js';
import { FundingSourceEntity } from './funding-source.entity.js';
import { InitiativeEntity } from './initiative.entity.js';
import { ParticipantEntity } from './participant.entity.js';
import {
  type ParticipantProjection,
  type ParticipantWithOrganisation,
  participantPages,
  participantProjection,
  participantsWithOrganisations,
} from './participant.repository.js';
import { type SelectionInfo, selectedFields } from '../common/selection.js';
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

  private readonly participantLoaders = new Map<
    string,
    DataLoader<string, readonly ParticipantWithOrganisation[]>
  >();
  private readonly projections = new WeakMap<SelectionInfo['fieldNodes'], ParticipantProjection>();

  /**
   * The participants of each initiative with their organisations, reading only the columns the query
   * selects of them (`selection`: the participants field's resolve info; participantProjection): one
   * statement for a page of initiatives, which reads only the lists this process does not hold for the
   * database's current participant change count (participant-list-cache.ts). The lists are shared with
   * other requests: read them, never change them.
   */
  participantsWithOrganisation(
    selection: SelectionInfo,
  ): DataLoader<string, readonly ParticipantWithOrganisation[]> {
    let projection = this.projections.get(selection.fieldNodes);
    if (!projection) {
      projection = participantProjection(
        this.db,
        selectedFields(selection),
        selectedFields(selection, ['organisation']),
      );
      this.projections.set(selection.fieldNodes, projection);
    }
    let loader = this.participantLoaders.get(projection.key);
    if (!loader) {
      const read = projection;
      loader = new DataLoader((ids) => participantsWithOrganisations(this.db, ids, read));
      this.participantLoaders.set(projection.key, loader);
    }
    return loader;
  }

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
