import type { RagStatus } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { likePattern } from '../common/ids.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type Sort, applySort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { fromRow, rowShape } from '../common/shaped-rows.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { ragByInitiative } from '../realisation/benefit-figures.js';
import { overdueByInitiative } from '../realisation/status-report-due.js';
import { type FigureSortField, InitiativeSortField } from './dto/initiative-sort.input.js';
import { FundingSourceEntity } from './funding-source.entity.js';
import { InitiativeEntity } from './initiative.entity.js';

const PHASE_ORDER = `(array_position(ARRAY['CONCEPT','PLANNING','EXECUTION','REALISATION','CLOSED']::text[], i.phase))`;

/** The sorts SQL orders by (the figures are ordered by the service: InitiativeService.list). */
export type ColumnSortField = Exclude<InitiativeSortField, FigureSortField>;
const SORT_COLUMNS: Record<ColumnSortField, string> = {
  [InitiativeSortField.CODE]: 'i.code',
  [InitiativeSortField.NAME]: 'i.name',
  [InitiativeSortField.PHASE]: PHASE_ORDER,
  [InitiativeSortField.START_DATE]: 'i.start_date',
  [InitiativeSortField.UPDATED_AT]: 'i.updated_at',
};
const SORT_DEFAULT: Sort<ColumnSortField> = { field: InitiativeSortField.CODE, direction: SortDirection.ASC };

/** What an initiative holds besides its id, version, demo marker and timestamps. */
export interface InitiativeFields {
  code: string;
  name: string;
  description: string;
  ownerId: string;
  ministryId: string;
  lifeEvent: InitiativeEntity['lifeEvent'];
  phase: InitiativeEntity['phase'];
  startDate: string | null;
  endDate: string | null;
  lifetimeYears: number | null;
  residualValue: string | null;
  preProjectRunningCost: string | null;
  priceBaseYear: number | null;
  costSharingKeyId: string | null;
}

/** An initiative with its owner and ministry organisations, as the list reads them. */
export type InitiativeWithOrganisations = InitiativeEntity & {
  owner: OrganisationEntity;
  ministry: OrganisationEntity;
};

/** The filter of the initiative list, already validated (ids are UUIDs, the search is short enough). */
export interface InitiativeListFilter {
  /** Activity at or after this instant (last_activity_at). */
  updatedSince?: Date | null;
  ministryId?: string | null;
  ownerId?: string | null;
  participantId?: string | null;
  phase?: readonly string[] | null;
  lifeEvent?: readonly string[] | null;
  administrativeLevel?: string | null;
  /** true: no life event; false: one */
  withoutLifeEvent?: boolean | null;
  /** the owning organisation's administrative level */
  ownerAdministrativeLevel?: string | null;
  isDemo?: boolean | null;
  search?: string | null;
}

/**
 * Which initiatives a RAG filter keeps, among those the other filters select: `matching` are the ids
 * whose status is asked for; with `orNotAssessed`, the initiatives outside `assessed` (no assessed
 * benefit) are kept too.
 */
export interface RagSelection {
  matching: string[];
  assessed: string[];
  orNotAssessed: boolean;
}

/**
 * Which initiatives the status-report filter keeps, among those the other filters select: `ids` are those
 * with an overdue benefit status report; `overdue` keeps them (true) or the others (false).
 */
export interface OverdueSelection {
  ids: string[];
  overdue: boolean;
}

/**
 * A funding source as it is written (validated, the own-budget organisation already defaulted to the
 * owner): its position is its index in the list.
 */
export interface FundingSourceFields {
  year: number;
  scheme: FundingSourceEntity['scheme'];
  /** OWN_BUDGET: whose budget; null for a grant. */
  organisationId: string | null;
  /** NOK planned. */
  amount: string;
  /** NOK received so far; null when nothing is recorded. */
  receivedAmount: string | null;
  description?: string | null;
  /** OWN_BUDGET: the agency's budget chapter (kapittel, 4 digits) and post (2 digits); null: not stated. */
  budgetChapter?: string | null;
  budgetPost?: string | null;
  /** STIMULAB: the support given in kind (e.g. "tjenestedesign, 400 timer"); null: none. */
  inKindDescription?: string | null;
}

/**
 * The only code that reads and writes the initiatives and initiative_funding_sources tables, in the
 * request's transaction (UnitOfWork). The participants are ParticipantRepository's; the GraphQL reads
 * are batched by InitiativeLoaders.
 */
@Injectable()
export class InitiativeRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(InitiativeEntity);
  }

  findById(id: string): Promise<InitiativeEntity | null> {
    return this.table.findOneBy({ id });
  }

  /**
   * The initiative with its owner and ministry organisations attached, in one statement (the `initiative`
   * query: Initiative.owner and .ministry then answer without a statement of their own).
   */
  async findByIdWithOrganisations(id: string): Promise<InitiativeWithOrganisations | null> {
    const shapes = this.withOrganisationsShape();
    const row = await this.table
      .createQueryBuilder('i')
      .innerJoin('organisations', 'ow', 'ow.id = i.owner_id')
      .innerJoin('organisations', 'mi', 'mi.id = i.ministry_id')
      .select(shapes.select)
      .where('i.id = :id', { id })
      .getRawOne<Record<string, unknown>>();
    return row ? shapes.shaped(row) : null;
  }

  /** The columns of an initiative with its owner and ministry (aliases i, ow, mi), and the objects of a row. */
  private withOrganisationsShape() {
    const em = this.uow.manager();
    const initiative = rowShape(em, InitiativeEntity, 'i');
    const owner = rowShape(em, OrganisationEntity, 'ow', 'owner_');
    const ministry = rowShape(em, OrganisationEntity, 'mi', 'ministry_');
    return {
      select: `${initiative.select}, ${owner.select}, ${ministry.select}`,
      shaped: (row: Record<string, unknown>): InitiativeWithOrganisations => ({
        ...fromRow<InitiativeEntity>(initiative, row),
        owner: fromRow<OrganisationEntity>(owner, row),
        ministry: fromRow<OrganisationEntity>(ministry, row),
      }),
    };
  }

  /** The initiative, locked for update until the transaction ends (participant changes serialise on it). */
  findByIdForUpdate(id: string): Promise<InitiativeEntity | null> {
    return this.table
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id })
      .getOne();
  }

  findByCode(code: string): Promise<InitiativeEntity | null> {
    return this.table.findOneBy({ code });
  }

  /** The ids of every initiative `filter` selects (to work out their RAG status before paging). */
  async idsMatching(filter: InitiativeListFilter): Promise<string[]> {
    const query = this.filtered(filter).select('i.id', 'id');
    return (await query.getRawMany<{ id: string }>()).map((row) => row.id);
  }

  /** The overall RAG status today of these initiatives (absent: no assessed benefit), by realisation's read. */
  ragOf(ids: readonly string[], asOf: string): Promise<Map<string, RagStatus>> {
    return ragByInitiative(this.uow.manager(), ids, asOf);
  }

  /** The id and code of every initiative `filter` (and `rag`/`overdue`, when given) select (to order by a figure). */
  async keysMatching(
    filter: InitiativeListFilter,
    rag: RagSelection | null,
    overdue: OverdueSelection | null = null,
  ): Promise<{ id: string; code: string }[]> {
    const query = this.selected(filter, rag, overdue).select('i.id', 'id').addSelect('i.code', 'code');
    return query.getRawMany<{ id: string; code: string }>();
  }

  /** The initiatives with these ids, in the order of `ids` (a page already ordered and cut). */
  async byIdsInOrder(ids: readonly string[]): Promise<InitiativeEntity[]> {
    if (!ids.length) return [];
    const found = await this.table
      .createQueryBuilder('i')
      .where('i.id = ANY(CAST(:ids AS uuid[]))', { ids })
      .getMany();
    const byId = new Map(found.map((initiative) => [initiative.id, initiative]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** How many benefits of each of these initiatives have an overdue status report on asOf (absent: none). */
  overdueOf(ids: readonly string[], asOf: string): Promise<Map<string, number>> {
    return overdueByInitiative(this.uow.manager(), ids, asOf);
  }

  /**
   * A page of the initiatives `filter` (and `rag` and `overdue`, when given) select, in one statement: the
   * initiatives as plain objects with their owner and ministry organisations attached (no entity
   * hydration) and the count of every match (a window count; only a page past the end, which has no row
   * to carry it, costs a second statement).
   *
   * The matches are counted, sorted and cut on their ids and sort keys alone (the `page` common table
   * expression); only the page's rows are then read whole and joined to their organisations, and sorted
   * again by the same keys. Sorting every match with all its columns (the description, both
   * organisations) cost 17–18 ms of PostgreSQL's time for a page deep in the national data set's 2,000
   * initiatives, against about 5 ms this way (docs/performance.md, issue 18).
   */
  async pageWithOrganisations(
    filter: InitiativeListFilter,
    rag: RagSelection | null,
    sort: Partial<Sort<ColumnSortField>> | undefined,
    page: { offset: number; limit: number },
    overdue: OverdueSelection | null = null,
  ): Promise<{ nodes: InitiativeWithOrganisations[]; totalCount: number }> {
    const shapes = this.withOrganisationsShape();
    const matches = this.selected(filter, rag, overdue)
      .select('i.id', 'id')
      .addSelect('count(*) OVER ()::int', 'totalCount');
    applySort(matches, sort, SORT_COLUMNS, SORT_DEFAULT, ['i.code', 'i.id'])
      .offset(page.offset)
      .limit(page.limit);
    const query = this.table
      .createQueryBuilder('i')
      .addCommonTableExpression(matches, 'page')
      .innerJoin('page', 'p', 'p.id = i.id')
      .innerJoin('organisations', 'ow', 'ow.id = i.owner_id')
      .innerJoin('organisations', 'mi', 'mi.id = i.ministry_id')
      .select(`${shapes.select}, p."totalCount" AS "totalCount"`);
    // The page's rows in the order the page was cut in (the same keys, on the same columns).
    applySort(query, sort, SORT_COLUMNS, SORT_DEFAULT, ['i.code', 'i.id']);
    const rows = await query.getRawMany<Record<string, unknown>>();
    const nodes = rows.map(shapes.shaped);
    if (rows.length) return { nodes, totalCount: rows[0].totalCount as number };
    return { nodes, totalCount: page.offset ? await this.selected(filter, rag, overdue).getCount() : 0 };
  }

  /** The initiatives `filter` selects, kept by the RAG and overdue selections (none given: all). */
  private selected(
    filter: InitiativeListFilter,
    rag: RagSelection | null,
    overdue: OverdueSelection | null,
  ): SelectQueryBuilder<InitiativeEntity> {
    const query = this.filtered(filter);
    if (overdue)
      query.andWhere(
        overdue.overdue
          ? 'i.id = ANY(CAST(:overdueIds AS uuid[]))'
          : 'NOT (i.id = ANY(CAST(:overdueIds AS uuid[])))',
        { overdueIds: overdue.ids },
      );
    if (rag?.orNotAssessed)
      query.andWhere(
        '(i.id = ANY(CAST(:ragMatching AS uuid[])) OR NOT (i.id = ANY(CAST(:ragAssessed AS uuid[]))))',
        {
          ragMatching: rag.matching,
          ragAssessed: rag.assessed,
        },
      );
    else if (rag) query.andWhere('i.id = ANY(CAST(:ragMatching AS uuid[]))', { ragMatching: rag.matching });
    return query;
  }

  private filtered(filter: InitiativeListFilter): SelectQueryBuilder<InitiativeEntity> {
    const query = this.table.createQueryBuilder('i');
    if (filter.ministryId) query.andWhere('i.ministry_id = :ministryId', { ministryId: filter.ministryId });
    if (filter.ownerId) query.andWhere('i.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.updatedSince)
      query.andWhere('i.last_activity_at >= :updatedSince', { updatedSince: filter.updatedSince });
    if (filter.participantId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM initiative_participants p WHERE p.initiative_id = i.id AND p.organisation_id = :participantId)',
        { participantId: filter.participantId },
      );
    if (filter.phase?.length) query.andWhere('i.phase IN (:...phases)', { phases: filter.phase });
    if (filter.lifeEvent?.length)
      query.andWhere('i.life_event IN (:...lifeEvents)', { lifeEvents: filter.lifeEvent });
    if (filter.administrativeLevel)
      query.andWhere(
        `EXISTS (SELECT 1 FROM initiative_participants p JOIN organisations o ON o.id = p.organisation_id
                 WHERE p.initiative_id = i.id AND o.administrative_level = :level)`,
        { level: filter.administrativeLevel },
      );
    if (filter.withoutLifeEvent === true) query.andWhere('i.life_event IS NULL');
    if (filter.withoutLifeEvent === false) query.andWhere('i.life_event IS NOT NULL');
    if (filter.ownerAdministrativeLevel)
      query.andWhere(
        'EXISTS (SELECT 1 FROM organisations oo WHERE oo.id = i.owner_id AND oo.administrative_level = :ownerLevel)',
        { ownerLevel: filter.ownerAdministrativeLevel },
      );
    if (filter.isDemo !== undefined && filter.isDemo !== null)
      query.andWhere('i.is_demo = :isDemo', { isDemo: filter.isDemo });
    const search = filter.search?.trim();
    if (search)
      query.andWhere("(i.code ILIKE :pattern ESCAPE '\\' OR i.name ILIKE :pattern ESCAPE '\\')", {
        pattern: likePattern(search),
      });
    return query;
  }

  insert(fields: InitiativeFields): Promise<InitiativeEntity> {
    return this.table.save(this.table.create({ ...fields, isDemo: false, version: 1 }));
  }

  /** Writes `fields` if the initiative is still at `version` (CONFLICT otherwise). */
  async updateAtVersion(id: string, version: number, fields: InitiativeFields): Promise<void> {
    await updateAtVersion(this.uow.manager(), InitiativeEntity, 'Initiative', id, version, fields);
  }

  /** Marks the initiative changed (a new version and update time) when one of its parts changed. */
  async touch(id: string): Promise<void> {
    await this.uow
      .manager()
      .createQueryBuilder()
      .update(InitiativeEntity)
      .set({ version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  /** The initiative as stored now (it exists: the caller has just read or written it). */
  findByIdOrFail(id: string): Promise<InitiativeEntity> {
    return this.table.findOneByOrFail({ id });
  }

  /** The initiative's funding sources as stored, in their order (an audit's before). */
  fundingOf(initiativeId: string): Promise<FundingSourceEntity[]> {
    return this.uow
      .manager()
      .getRepository(FundingSourceEntity)
      .find({ where: { initiativeId }, order: { position: 'ASC' } });
  }

  /** Replaces the initiative's funding sources with `sources`, in their order. */
  async replaceFunding(initiativeId: string, sources: readonly FundingSourceFields[]): Promise<void> {
    const funding = this.uow.manager().getRepository(FundingSourceEntity);
    await funding.delete({ initiativeId });
    if (!sources.length) return;
    await funding.insert(
      sources.map((source, position) => ({
        initiativeId,
        position,
        year: source.year,
        scheme: source.scheme,
        organisationId: source.organisationId,
        amount: source.amount,
        receivedAmount: source.receivedAmount,
        description: source.description?.trim() ?? '',
        budgetChapter: source.budgetChapter ?? null,
        budgetPost: source.budgetPost ?? null,
        inKindDescription: source.inKindDescription ?? null,
      })),
    );
  }
}
