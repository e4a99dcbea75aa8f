import type { ApiTokenScope } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { likePattern } from '../common/ids.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type Sort, applySort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { type CredentialActorRow, bookkeepingCommitSql, budgetWindowSql } from '../auth/credential-row.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { ApiTokenSortField } from './dto/api-token-sort.input.js';

/** The filter of a token list, already validated and authorised. */
export interface ApiTokenFilter {
  /** Whose tokens; null: everybody's (administrators). */
  userId: string | null;
  active?: boolean | null;
  search?: string | null;
}

/** What a new token holds (the secret itself is never stored, only its hash). */
export interface NewApiToken {
  userId: string;
  name: string;
  tokenHash: string;
  prefix: string;
  scopes: ApiTokenScope[];
  /** Null: never expires (only where API_TOKEN_ALLOW_NO_EXPIRY allows it). */
  expiresAt: Date | null;
}

const SORT_COLUMNS: Record<ApiTokenSortField, string> = {
  [ApiTokenSortField.NAME]: 't.name',
  [ApiTokenSortField.CREATED_AT]: 't.created_at',
  [ApiTokenSortField.EXPIRES_AT]: 't.expires_at',
  [ApiTokenSortField.LAST_USED_AT]: 't.last_used_at',
};
const SORT_DEFAULT = { field: ApiTokenSortField.CREATED_AT, direction: SortDirection.DESC };

/** The only code that reads and writes the api_tokens table, in the request's transaction (UnitOfWork). */
@Injectable()
export class ApiTokenRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(ApiTokenEntity);
  }

  findById(id: string): Promise<ApiTokenEntity | null> {
    return this.table.findOneBy({ id });
  }

  async page(
    filter: ApiTokenFilter,
    sort: Partial<Sort<ApiTokenSortField>> | undefined,
    page: { offset: number; limit: number },
  ): Promise<{ nodes: ApiTokenEntity[]; totalCount: number }> {
    const query = this.table.createQueryBuilder('t');
    if (filter.userId !== null) query.andWhere('t.user_id = :userId', { userId: filter.userId });
    if (filter.active === true)
      query.andWhere('t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())');
    if (filter.active === false) query.andWhere('(t.revoked_at IS NOT NULL OR t.expires_at <= now())');
    const search = filter.search?.trim();
    if (search)
      query.andWhere("(t.name ILIKE :p ESCAPE '\\' OR t.prefix ILIKE :p ESCAPE '\\')", {
        p: likePattern(search),
      });
    const [nodes, totalCount] = await applySort(query, sort, SORT_COLUMNS, SORT_DEFAULT, ['t.id'])
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  }

  insert(token: NewApiToken): Promise<ApiTokenEntity> {
    return this.table.save(this.table.create(token));
  }

  /** Revokes the token now and returns it as stored. */
  async revoke(id: string): Promise<ApiTokenEntity> {
    await this.uow.manager().query(`UPDATE api_tokens SET revoked_at = now() WHERE id = $1`, [id]);
    return this.table.findOneByOrFail({ id });
  }

  /**
   * The one authentication statement of a request presenting an API token (indexed by the unique
   * token_hash): finds the live (not revoked, not expired) token of an active user and, in the same
   * UPDATE, records its use (at most once a minute) and counts the request in the budget window of `windowSeconds`. Nothing is
   * cached, so a revocation applies to the very next request. Committed asynchronously when it runs on its
   * own (bookkeepingCommitSql).
   */
  async authenticate(tokenHash: string, windowSeconds: number): Promise<CredentialActorRow | null> {
    // A SELECT over the UPDATE (a CTE), so the answer is plain rows on every driver.
    const rows = await this.uow.manager().query<CredentialActorRow[]>(
      `WITH used AS (
       UPDATE api_tokens t SET
         last_used_at = CASE WHEN t.last_used_at > now() - interval '1 minute' THEN t.last_used_at ELSE now() END,
         budget_used = CASE WHEN t.budget_window = w.start THEN t.budget_used + 1 ELSE 1 END,
         budget_window = w.start
       FROM users u, (SELECT ${budgetWindowSql('$2')} AS start) w
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
         AND u.id = t.user_id AND u.active
       RETURNING u.id AS user_id, u.email, u.name, u.organisation_id, u.roles, u.kind AS user_kind,
         t.id AS credential_id, t.scopes, false AS idle, t.budget_used,
         (extract(epoch FROM t.budget_window) * 1000)::float8 AS window_start_ms,
         (extract(epoch FROM now()) * 1000)::float8 AS now_ms${bookkeepingCommitSql(this.uow.inTransaction)}
       )
       SELECT * FROM used`,
      [tokenHash, windowSeconds],
    );
    return rows[0] ?? null;
  }
}
