import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS, isAdmin, msg } from '@gevinst/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../auth/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { InputProblems, forbidden, notFound } from '../common/errors.js';
import { assertUuid, isUuid, likePattern } from '../common/ids.js';
import { type Page, assertPage } from '../common/pagination.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort } from '../common/sorting.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { ApiTokenSortField } from './dto/api-token-sort.input.js';
import { ApiTokensArgs } from './dto/api-tokens.args.js';
import { CreateApiTokenInput } from './dto/create-api-token.input.js';

const TOKEN_SORT_COLUMNS: Record<ApiTokenSortField, string> = {
  [ApiTokenSortField.NAME]: 't.name',
  [ApiTokenSortField.CREATED_AT]: 't.created_at',
  [ApiTokenSortField.EXPIRES_AT]: 't.expires_at',
  [ApiTokenSortField.LAST_USED_AT]: 't.last_used_at',
};
const TOKEN_SORT_DEFAULT = { field: ApiTokenSortField.CREATED_AT, direction: SortDirection.DESC };

const MAX_LIFETIME_MS = 2 * 366 * 24 * 3_600_000;

@Injectable()
export class ApiTokenService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Your own tokens; administrators may ask for another user's, or everybody's (`all` without userId). */
  async list(actor: Actor, args: ApiTokensArgs): Promise<Page<ApiTokenEntity>> {
    const { userId, all } = args;
    if ((userId && userId !== actor.userId) || all) {
      if (!isAdmin(actor)) throw forbidden(msg('ONLY_ADMINS_SEE_TOKENS'));
    }
    assertPage(args);
    const problems = new InputProblems();
    if (userId && !isUuid(userId)) problems.check('userId', msg('NOT_A_UUID'));
    if (args.search && args.search.length > LIMITS.search)
      problems.check('search', msg('TOO_LONG', { max: LIMITS.search }));
    problems.throwIfAny();
    const query = this.db.getRepository(ApiTokenEntity).createQueryBuilder('t');
    if (!all || userId) query.andWhere('t.user_id = :userId', { userId: userId ?? actor.userId });
    if (args.active === true) query.andWhere('t.revoked_at IS NULL AND t.expires_at > now()');
    if (args.active === false) query.andWhere('(t.revoked_at IS NOT NULL OR t.expires_at <= now())');
    const search = args.search?.trim();
    if (search)
      query.andWhere("(t.name ILIKE :p ESCAPE '\\' OR t.prefix ILIKE :p ESCAPE '\\')", {
        p: likePattern(search),
      });
    const [nodes, totalCount] = await applySort(query, args.sort, TOKEN_SORT_COLUMNS, TOKEN_SORT_DEFAULT, [
      't.id',
    ])
      .offset(args.offset)
      .limit(args.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  }

  async create(actor: Actor, input: CreateApiTokenInput): Promise<{ secret: string; token: ApiTokenEntity }> {
    if (actor.kind === 'API_TOKEN') throw forbidden(msg('TOKEN_NEEDS_PERSON'));
    const name = input.name.trim();
    const expiresAt = new Date(input.expiresAt);
    new InputProblems()
      .check(
        'name',
        name ? (name.length > LIMITS.label ? msg('TOO_LONG', { max: LIMITS.label }) : null) : msg('REQUIRED'),
      )
      .check('scopes', input.scopes.length ? null : msg('SCOPE_REQUIRED'))
      .check(
        'expiresAt',
        Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now()
          ? msg('NOT_IN_FUTURE')
          : expiresAt.getTime() - Date.now() > MAX_LIFETIME_MS
            ? msg('TOO_FAR_AHEAD')
            : null,
      )
      .throwIfAny();
    const secret = newSecret(API_TOKEN_PREFIX);
    return this.db.transaction(async (em) => {
      const token = await em.getRepository(ApiTokenEntity).save(
        em.getRepository(ApiTokenEntity).create({
          userId: actor.userId,
          name,
          tokenHash: hashSecret(secret),
          prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
          scopes: [...new Set(input.scopes)],
          expiresAt,
        }),
      );
      await this.audit.record(em, actor, {
        operation: 'createApiToken',
        entityType: 'ApiToken',
        entityId: token.id,
        ownerOrganisationId: actor.organisationId,
        after: { name, scopes: token.scopes, expiresAt, prefix: token.prefix },
      });
      return { secret, token };
    });
  }

  async revoke(actor: Actor, id: string): Promise<ApiTokenEntity> {
    assertUuid('id', id);
    return this.db.transaction(async (em) => {
      const token = await em.getRepository(ApiTokenEntity).findOneBy({ id });
      if (!token || (token.userId !== actor.userId && !isAdmin(actor))) throw notFound('API token', id);
      if (!token.revokedAt) {
        await em.query(`UPDATE api_tokens SET revoked_at = now() WHERE id = $1`, [id]);
        await this.audit.record(em, actor, {
          operation: 'revokeApiToken',
          entityType: 'ApiToken',
          entityId: id,
          ownerOrganisationId: actor.organisationId,
          before: { revokedAt: null },
          after: { revokedAt: new Date() },
        });
      }
      return em.getRepository(ApiTokenEntity).findOneByOrFail({ id });
    });
  }
}
