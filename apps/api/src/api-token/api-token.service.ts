import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isAdmin } from '@gevinst/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../auth/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { InputProblems, forbidden, notFound } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { CreateApiTokenInput } from './dto/create-api-token.input.js';

const MAX_LIFETIME_MS = 2 * 366 * 24 * 3_600_000;

@Injectable()
export class ApiTokenService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Your own tokens; administrators may ask for another user's, or everybody's (userId null). */
  list(actor: Actor, userId: string | undefined, all: boolean): Promise<ApiTokenEntity[]> {
    if ((userId && userId !== actor.userId) || all) {
      if (!isAdmin(actor)) throw forbidden("Only administrators see other users' tokens");
    }
    if (userId) assertUuid('userId', userId);
    const where = all && !userId ? {} : { userId: userId ?? actor.userId };
    return this.db.getRepository(ApiTokenEntity).find({ where, order: { createdAt: 'DESC' } });
  }

  async create(actor: Actor, input: CreateApiTokenInput): Promise<{ secret: string; token: ApiTokenEntity }> {
    if (actor.kind === 'API_TOKEN') throw forbidden('Sign in as a person to create API tokens');
    const name = input.name.trim();
    const expiresAt = new Date(input.expiresAt);
    new InputProblems()
      .check(
        'name',
        name ? (name.length > 200 ? 'must be at most 200 characters' : null) : 'must not be empty',
      )
      .check('scopes', input.scopes.length ? null : 'give at least one scope (READ, WRITE)')
      .check(
        'expiresAt',
        Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now()
          ? 'must be in the future'
          : expiresAt.getTime() - Date.now() > MAX_LIFETIME_MS
            ? 'must be at most two years ahead'
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
