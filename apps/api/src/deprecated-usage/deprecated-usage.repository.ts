import { Injectable } from '@nestjs/common';
import type { UserKind } from '@gevinst/domain';
import { namedQuery } from '../common/named-sql.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import type { Sort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { DeprecatedUsageClientKind, DeprecatedUsageSortField } from './dto/deprecated-usage.args.js';

/** One buffered count: requests of one client's operation that used one coordinate on one day. */
export interface UsageCount {
  coordinate: string;
  clientKind: DeprecatedUsageClientKind;
  clientId: string;
  /** '' for an operation without a name. */
  operationName: string;
  /** The Norwegian day, YYYY-MM-DD. */
  day: string;
  requestCount: number;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

/** A stored row with who the client is now (names are read, never copied into the table). */
export interface UsageRow {
  coordinate: string;
  client_kind: DeprecatedUsageClientKind;
  client_id: string;
  operation_name: string;
  day: string;
  request_count: number;
  first_seen_at: Date;
  last_seen_at: Date;
  /** The token's name, or the user's; null when it is no longer there. */
  client_name: string | null;
  /** The user the client acts as: the token's owner (a service account or a person), or the user. */
  owner_id: string | null;
  owner_name: string | null;
  owner_email: string | null;
  owner_kind: UserKind | null;
}

/** The filter of the list, already validated. */
export interface UsageFilter {
  /** The coordinate or its start (`OrganisationPosition.` for every member of a type). */
  coordinate?: string | null;
  clientKind?: DeprecatedUsageClientKind | null;
  clientId?: string | null;
  operationName?: string | null;
  /** Days from this one (YYYY-MM-DD). */
  since?: string | null;
}

const SORT_COLUMNS: Record<DeprecatedUsageSortField, string> = {
  [DeprecatedUsageSortField.DAY]: 'd.day',
  [DeprecatedUsageSortField.COORDINATE]: 'd.coordinate',
  [DeprecatedUsageSortField.CLIENT_NAME]: 'client_name',
  [DeprecatedUsageSortField.OPERATION_NAME]: 'd.operation_name',
  [DeprecatedUsageSortField.REQUEST_COUNT]: 'd.request_count',
  [DeprecatedUsageSortField.LAST_SEEN_AT]: 'd.last_seen_at',
};
const SORT_DEFAULT: Sort<DeprecatedUsageSortField> = {
  field: DeprecatedUsageSortField.DAY,
  direction: SortDirection.DESC,
};
/** Ties broken by the rest of the key, so that pages are stable. */
const TIEBREAKERS = ['d.coordinate', 'd.client_kind', 'd.client_id', 'd.operation_name', 'd.day'];

/** The only code that reads and writes the deprecated_usage table. */
@Injectable()
export class DeprecatedUsageRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * Adds buffered counts in one statement: a new key is inserted, a known one gets the count added and
   * its first/last times widened. Safe with several API processes adding at once (each row is locked by
   * the upsert); the rows are sent in key order so that two processes lock shared keys in the same order
   * and cannot deadlock.
   */
  async add(counts: readonly UsageCount[]): Promise<void> {
    if (!counts.length) return;
    const rows = [...counts].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
    await namedQuery(
      this.uow.manager(),
      `INSERT INTO deprecated_usage AS d (coordinate, client_kind, client_id, operation_name, day,
                                          request_count, first_seen_at, last_seen_at)
       SELECT * FROM unnest(:coordinates::text[], :kinds::text[], :clientIds::uuid[], :operationNames::text[],
                            :days::date[], :counts::int[], :firsts::timestamptz[], :lasts::timestamptz[])
       ON CONFLICT (coordinate, client_kind, client_id, operation_name, day) DO UPDATE SET
         request_count = d.request_count + EXCLUDED.request_count,
         first_seen_at = LEAST(d.first_seen_at, EXCLUDED.first_seen_at),
         last_seen_at = GREATEST(d.last_seen_at, EXCLUDED.last_seen_at)`,
      {
        coordinates: rows.map((row) => row.coordinate),
        kinds: rows.map((row) => row.clientKind),
        clientIds: rows.map((row) => row.clientId),
        operationNames: rows.map((row) => row.operationName),
        days: rows.map((row) => row.day),
        counts: rows.map((row) => row.requestCount),
        firsts: rows.map((row) => row.firstSeenAt.toISOString()),
        lasts: rows.map((row) => row.lastSeenAt.toISOString()),
      },
    );
  }

  /** Deletes the rows of days before `day` (YYYY-MM-DD); returns how many. */
  async deleteBefore(day: string): Promise<number> {
    const rows = await namedQuery<{ n: number }[]>(
      this.uow.manager(),
      `WITH gone AS (DELETE FROM deprecated_usage WHERE day < :day::date RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      { day },
    );
    return rows[0]?.n ?? 0;
  }

  /** A page of rows, with who each client is now, and the number of rows matching the filter. */
  async page(
    filter: UsageFilter,
    sort: Partial<Sort<DeprecatedUsageSortField>> | undefined,
    page: { offset: number; limit: number },
  ): Promise<{ nodes: UsageRow[]; totalCount: number }> {
    const where: string[] = [];
    const parameters: Record<string, unknown> = { offset: page.offset, limit: page.limit };
    if (filter.coordinate) {
      where.push(`starts_with(d.coordinate, :coordinate)`);
      parameters.coordinate = filter.coordinate;
    }
    if (filter.clientKind) {
      where.push(`d.client_kind = :clientKind`);
      parameters.clientKind = filter.clientKind;
    }
    if (filter.clientId) {
      where.push(`d.client_id = :clientId::uuid`);
      parameters.clientId = filter.clientId;
    }
    if (filter.operationName !== undefined && filter.operationName !== null) {
      where.push(`d.operation_name = :operationName`);
      parameters.operationName = filter.operationName;
    }
    if (filter.since) {
      where.push(`d.day >= :since::date`);
      parameters.since = filter.since;
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const field = sort?.field ?? SORT_DEFAULT.field;
    const direction = (sort?.direction ?? SORT_DEFAULT.direction) === SortDirection.DESC ? 'DESC' : 'ASC';
    const order = [
      `${SORT_COLUMNS[field]} ${direction} NULLS LAST`,
      ...TIEBREAKERS.map((c) => `${c} ${direction}`),
    ];
    const em = this.uow.manager();
    const nodes = await namedQuery<UsageRow[]>(
      em,
      `SELECT d.coordinate, d.client_kind, d.client_id, d.operation_name, d.day::text AS day,
              d.request_count, d.first_seen_at, d.last_seen_at,
              CASE WHEN d.client_kind = 'API_TOKEN' THEN t.name ELSE o.name END AS client_name,
              o.id AS owner_id, o.name AS owner_name, o.email AS owner_email, o.kind AS owner_kind
         FROM deprecated_usage d
         LEFT JOIN api_tokens t ON d.client_kind = 'API_TOKEN' AND t.id = d.client_id
         LEFT JOIN users o ON o.id = CASE WHEN d.client_kind = 'API_TOKEN' THEN t.user_id ELSE d.client_id END
         ${whereSql}
        ORDER BY ${order.join(', ')}
        OFFSET :offset LIMIT :limit`,
      parameters,
    );
    const count = await namedQuery<{ n: number }[]>(
      em,
      `SELECT count(*)::int AS n FROM deprecated_usage d ${whereSql}`,
      parameters,
    );
    return { nodes, totalCount: count[0]?.n ?? 0 };
  }
}

/** The primary key of a count, as one comparable tuple. */
function keyOf(count: UsageCount): string[] {
  return [count.coordinate, count.clientKind, count.clientId, count.operationName, count.day];
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}
