import { ParticipantRole } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { likePattern } from '../common/ids.js';
import { namedQuery } from '../common/named-sql.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type Sort, applySort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { groupBy } from '../common/loader-factories.js';
import { ParticipantListCache } from './participant-list-cache.js';
import { columnsFor, fromRow, rowShape } from '../common/shaped-rows.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import type { DataSource, EntityManager } from 'typeorm';
import { ParticipantSortField } from './dto/participant-sort.input.js';
import { ParticipantEntity } from './participant.entity.js';

const PARTICIPANT_SORT_COLUMNS: Record<ParticipantSortField, string> = {
  [ParticipantSortField.ORGANISATION]: 'o.name',
  [ParticipantSortField.ROLE]: 'p.role',
  [ParticipantSortField.ADMINISTRATIVE_LEVEL]: `(array_position(ARRAY['CENTRAL','REGIONAL','LOCAL']::text[], o.administrative_level))`,
  [ParticipantSortField.POPULATION]:
    '(SELECT pop.value FROM organisation_populations pop WHERE pop.organisation_id = o.id ORDER BY pop.year DESC LIMIT 1)',
  [ParticipantSortField.ADDED]: 'p.created_at',
};
const PARTICIPANT_SORT_DEFAULT = { field: ParticipantSortField.ORGANISATION, direction: SortDirection.ASC };

/** The filter of a participant list, already validated. */
export interface ParticipantListFilter {
  search?: string | null;
  role?: readonly ParticipantRole[] | null;
  administrativeLevel?: string | null;
  pays?: boolean | null;
}

/** A participant as it is written. */
export interface NewParticipant {
  initiativeId: string;
  organisationId: string;
  role: ParticipantRole;
  pays: boolean;
}

/**
 * The only code that reads and writes the initiative_participants table (outside the loaders'
 * batched reads), in the request's transaction (UnitOfWork).
 */
@Injectable()
export class ParticipantRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(ParticipantEntity);
  }

  /** A page of an initiative's participants matching `filter`, with how many match and how many pay. */
  async page(
    initiativeId: string,
    filter: ParticipantListFilter,
    sort: Partial<Sort<ParticipantSortField>> | undefined,
    page: { offset: number; limit: number },
  ): Promise<{ nodes: ParticipantEntity[]; totalCount: number; payingCount: number }> {
    const query = this.table
      .createQueryBuilder('p')
      .innerJoin('organisations', 'o', 'o.id = p.organisation_id')
      .where('p.initiative_id = :initiativeId', { initiativeId });
    if (filter.role?.length) query.andWhere('p.role IN (:...roles)', { roles: filter.role });
    if (filter.administrativeLevel)
      query.andWhere('o.administrative_level = :level', { level: filter.administrativeLevel });
    if (filter.pays !== undefined && filter.pays !== null)
      query.andWhere('p.pays = :pays', { pays: filter.pays });
    const search = filter.search?.trim();
    if (search)
      query.andWhere("(o.name ILIKE :pattern ESCAPE '\\' OR o.org_number = :exact)", {
        pattern: likePattern(search),
        exact: search.replace(/\s/g, ''),
      });
    const counts = await query
      .clone()
      .select('count(*)::int', 'total')
      .addSelect('count(*) FILTER (WHERE p.pays)::int', 'paying')
      .getRawOne<{ total: number; paying: number }>();
    const nodes = await applySort(query, sort, PARTICIPANT_SORT_COLUMNS, PARTICIPANT_SORT_DEFAULT, [
      'o.name',
      'p.id',
    ])
      .offset(page.offset)
      .limit(page.limit)
      .getMany();
    return { nodes, totalCount: counts?.total ?? 0, payingCount: counts?.paying ?? 0 };
  }

  find(initiativeId: string, organisationId: string): Promise<ParticipantEntity | null> {
    return this.table.findOneBy({ initiativeId, organisationId });
  }

  findByIdOrFail(id: string): Promise<ParticipantEntity> {
    return this.table.findOneByOrFail({ id });
  }

  /** Adds one participant and returns it as stored. */
  insert(participant: NewParticipant): Promise<ParticipantEntity> {
    return this.table.save(this.table.create(participant));
  }

  /** Adds several participants in one statement. */
  async insertMany(participants: readonly NewParticipant[]): Promise<void> {
    await this.table.insert([...participants]);
  }

  async update(
    id: string,
    changes: { role: ParticipantRole; pays: boolean; costGroup: string | null },
  ): Promise<void> {
    await this.table.update({ id }, changes);
  }

  async delete(id: string): Promise<void> {
    await this.table.delete({ id });
  }

  /**
   * Hands the OWNER role from `oldOwner` to `newOwner`: the old owner stays as a PARTNER, the new one
   * becomes OWNER (added, not paying, if it did not take part).
   */
  async moveOwnership(initiativeId: string, oldOwner: string, newOwner: string): Promise<void> {
    await this.table.update({ initiativeId, organisationId: oldOwner }, { role: ParticipantRole.PARTNER });
    const existing = await this.table.findOneBy({ initiativeId, organisationId: newOwner });
    if (existing) await this.table.update({ id: existing.id }, { role: ParticipantRole.OWNER });
    else
      await this.table.insert({
        initiativeId,
        organisationId: newOwner,
        role: ParticipantRole.OWNER,
        pays: false,
      });
  }

  /**
   * The paying participants of an initiative with their names and cost group (the cost group, else the
   * organisation's administrative level), by name and id: whom an allocation run shares among.
   */
  payingWithGroups(
    initiativeId: string,
  ): Promise<{ organisation_id: string; name: string; org_number: string; grp: string }[]> {
    return namedQuery(this.uow.manager(), PAYING_PARTICIPANTS_SQL, { initiativeId });
  }

  /** The organisations taking part in the initiative (only they may have allocation driver values). */
  async organisationIds(initiativeId: string): Promise<Set<string>> {
    const rows = await namedQuery<{ organisation_id: string }[]>(this.uow.manager(), PARTICIPANT_IDS_SQL, {
      initiativeId,
    });
    return new Set(rows.map((row) => row.organisation_id));
  }
}

/** A participant with its organisation attached, as the initiative list answers it. */
export type ParticipantWithOrganisation = ParticipantEntity & { organisation: OrganisationEntity };

const ROLES = new Map<string, ParticipantRole>(Object.values(ParticipantRole).map((role) => [role, role]));

const participantLists = new WeakMap<DataSource, ParticipantListCache<ParticipantWithOrganisation>>();

/**
 * The participant lists this process keeps across requests for the database behind `em`
 * (participant-list-cache.ts), by projection and initiative: at most 150,000 entries, some 20 MB with the
 * organisations shared. One cache per data source, so apps on different databases in one process (tests)
 * never share lists.
 */
export function participantListsOf(em: EntityManager): ParticipantListCache<ParticipantWithOrganisation> {
  let cache = participantLists.get(em.connection);
  if (!cache) participantLists.set(em.connection, (cache = new ParticipantListCache()));
  return cache;
}

/**
 * The participants of each of these initiatives with their organisations, as plain objects shaped for the
 * response (no entity hydration), each initiative's in the order they were added (then by id). The batch
 * read behind Initiative.participants (InitiativeLoaders), hence a function of the request's manager rather
 * than a method of the transaction-bound repository.
 *
 * One statement, which also reads the participant change count: lists `cache` holds for the count it sees
 * are answered from it and only the others are read (ParticipantListCache). The lists answered are shared
 * with other requests: they must not be changed.
 */
export async function participantsWithOrganisations(
  em: EntityManager,
  initiativeIds: readonly string[],
  projection: ParticipantProjection = EVERY_COLUMN,
  cache: ParticipantListCache<ParticipantWithOrganisation> = participantListsOf(em),
): Promise<(readonly ParticipantWithOrganisation[])[]> {
  const { select, shaped } = participantShape(em, projection);
  const plan = cache.plan(projection.key, initiativeIds);
  const rows = await namedQuery<Record<string, unknown>[]>(
    em,
    `SELECT c.changes AS "participantChanges", c.cacheable AS "participantsCacheable", ${select}
     FROM (SELECT coalesce(sum(changes), 0)::text AS changes,
                  pg_current_xact_id_if_assigned() IS NULL AS cacheable
           FROM participant_changes) c
     LEFT JOIN (initiative_participants p JOIN organisations o ON o.id = p.organisation_id)
       ON p.initiative_id = ANY(CASE WHEN c.cacheable AND c.changes = :known
                                     THEN CAST(:missing AS uuid[]) ELSE CAST(:initiativeIds AS uuid[]) END)
     ORDER BY p.created_at, p.id`,
    { initiativeIds, known: plan.known, missing: plan.missing },
  );
  // Organisations are shared by the participants read together (one snapshot), and so are the strings
  // they repeat: fewer objects for the cache to keep.
  const organisations = new Map<string, OrganisationEntity>();
  const lists = new Map<string, ParticipantWithOrganisation[]>();
  for (const row of rows) {
    if (row.initiativeId == null) continue; // the row of the count alone
    const participant = shaped(row, organisations);
    participant.organisationId = participant.organisation.id;
    if (typeof participant.role === 'string')
      participant.role = ROLES.get(participant.role) ?? participant.role;
    const list = lists.get(participant.initiativeId);
    if (list) {
      participant.initiativeId = list[0].initiativeId;
      list.push(participant);
    } else lists.set(participant.initiativeId, [participant]);
  }
  return cache.settle(plan, initiativeIds, {
    changes: rows[0].participantChanges as string,
    cacheable: rows[0].participantsCacheable as boolean,
    lists,
  });
}

/**
 * The same window (skip `offset`, take `limit`, in the order they were added) of the participants of each
 * of these initiatives, with each one's count, in one statement (Initiative.participantsPage). Each
 * initiative's first participant is read even outside the window, to carry its count.
 */
export async function participantPages(
  em: EntityManager,
  initiativeIds: readonly string[],
  window: { offset: number; limit: number },
): Promise<{ nodes: ParticipantWithOrganisation[]; totalCount: number }[]> {
  const { select, shaped } = participantShape(em);
  const rows = await namedQuery<Record<string, unknown>[]>(
    em,
    `SELECT * FROM (
       SELECT ${select}, row_number() OVER w AS "position",
              count(*) OVER (PARTITION BY p.initiative_id)::int AS "totalCount"
       FROM initiative_participants p JOIN organisations o ON o.id = p.organisation_id
       WHERE p.initiative_id = ANY(CAST(:initiativeIds AS uuid[]))
       WINDOW w AS (PARTITION BY p.initiative_id ORDER BY p.created_at, p.id)
     ) x
     WHERE x."position" = 1 OR (x."position" > :offset AND x."position" <= :end)
     ORDER BY x."position"`,
    { initiativeIds, offset: window.offset, end: window.offset + window.limit },
  );
  const byInitiative = groupBy(rows, (row) => row.initiativeId as string);
  return initiativeIds.map((id) => {
    const own = byInitiative.get(id) ?? [];
    return {
      totalCount: own.length ? (own[0].totalCount as number) : 0,
      nodes: own.filter((row) => Number(row.position) > window.offset).map((row) => shaped(row)),
    };
  });
}

/**
 * The columns to read of the participants and of their organisations (`columnsFor`); undefined: all of them.
 * `key` names the pair, for a batch loader per projection.
 */
export interface ParticipantProjection {
  participant?: readonly string[];
  organisation?: readonly string[];
  key: string;
}

const EVERY_COLUMN: ParticipantProjection = { key: '*' };

/**
 * The participant columns an answer needs given what it selects of each participant and of its
 * organisation: on a page of 50 national initiatives (thousands of participants) the unread columns (the
 * participant's `created_at` timestamp above all) were a large part of the request's CPU and garbage.
 * The participant's initiative and organisation ids are always read (the organisation's id is the
 * latter: participantShape); its own id only when selected, as nothing else reads it.
 */
export function participantProjection(
  em: Pick<EntityManager, 'connection'>,
  participantFields: ReadonlySet<string>,
  organisationFields: ReadonlySet<string>,
): ParticipantProjection {
  const participant = columnsFor(
    em,
    ParticipantEntity,
    participantFields,
    ['initiativeId', 'organisationId'],
    ['organisation'],
  );
  const organisation = columnsFor(em, OrganisationEntity, organisationFields, ['id']);
  return {
    participant,
    organisation,
    key: `${participant?.join(',') ?? '*'};${organisation?.join(',') ?? '*'}`,
  };
}

/**
 * The select list and row-to-object function of a projection. The organisation's id is not read again:
 * it is the participant's organisation_id (the join's key), so each row carries one uuid string fewer
 * for the driver to build (every projection reads organisationId: participantProjection).
 */
function participantShape(em: EntityManager, projection: ParticipantProjection = EVERY_COLUMN) {
  const participant = rowShape(em, ParticipantEntity, 'p', '', projection.participant);
  const organisationColumns = (
    projection.organisation ??
    em.connection.getMetadata(OrganisationEntity).columns.map((column) => column.propertyName)
  ).filter((property) => property !== 'id');
  const organisation = rowShape(em, OrganisationEntity, 'o', 'organisation_', organisationColumns);
  return {
    select: organisationColumns.length ? `${participant.select}, ${organisation.select}` : participant.select,
    /** The participant of a row; with `organisations`, each organisation's object is made once. */
    shaped: (
      row: Record<string, unknown>,
      organisations?: Map<string, OrganisationEntity>,
    ): ParticipantWithOrganisation => {
      const shaped = fromRow<ParticipantWithOrganisation>(participant, row);
      const id = row.organisationId as string;
      let made = organisations?.get(id);
      if (!made) {
        made = fromRow<OrganisationEntity>(organisation, row, { id });
        organisations?.set(id, made);
      }
      shaped.organisation = made;
      return shaped;
    },
  };
}

/**
 * What allocations read of the participants, with named parameters; committed as SQL in
 * apps/api/src/allocation/queries/ (allocation-run.repository.sql, allocation-driver.repository.sql).
 */
export const PAYING_PARTICIPANTS_SQL = `SELECT p.organisation_id, o.name, o.org_number, COALESCE(p.cost_group, o.administrative_level) AS grp
FROM initiative_participants p JOIN organisations o ON o.id = p.organisation_id
WHERE p.initiative_id = :initiativeId AND p.pays
ORDER BY o.name, o.id`;
export const PARTICIPANT_IDS_SQL = `SELECT organisation_id FROM initiative_participants WHERE initiative_id = :initiativeId`;
