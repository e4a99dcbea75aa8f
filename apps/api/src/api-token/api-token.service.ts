import { Injectable } from '@nestjs/common';
import { LIMITS, isAdmin, msg } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../auth/tokens.js';
import { Mutations } from '../audit/mutation.js';
import { InputProblems, forbidden, notFound } from '../common/errors.js';
import { assertUuid, isUuid } from '../common/ids.js';
import { type Page, assertPage } from '../common/pagination.js';
import type { ApiTokenEntity } from './api-token.entity.js';
import { ApiTokenRepository } from './api-token.repository.js';
import { ApiTokensArgs } from './dto/api-tokens.args.js';
import { CreateApiTokenInput } from './dto/create-api-token.input.js';

const MAX_LIFETIME_MS = 2 * 366 * 24 * 3_600_000;

/**
 * API tokens: a person issues tokens for themselves and revokes their own (administrators anyone's). Each
 * change is load → authorise → apply → audit in one transaction (Mutations); the SQL is ApiTokenRepository's.
 */
@Injectable()
export class ApiTokenService {
  constructor(
    private readonly tokens: ApiTokenRepository,
    private readonly mutations: Mutations,
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
    return this.tokens.page(
      { userId: !all || userId ? (userId ?? actor.userId) : null, active: args.active, search: args.search },
      args.sort,
      args,
    );
  }

  /** Issues a token for the caller (a person, not a token); the secret is returned once and never stored. */
  async create(actor: Actor, input: CreateApiTokenInput): Promise<{ secret: string; token: ApiTokenEntity }> {
    const name = input.name.trim();
    const expiresAt = new Date(input.expiresAt);
    return this.mutations.mutate(actor, {
      load: () => Promise.resolve(null),
      authorise: () => {
        if (actor.kind === 'API_TOKEN') throw forbidden(msg('TOKEN_NEEDS_PERSON'));
        new InputProblems()
          .check(
            'name',
            name
              ? name.length > LIMITS.label
                ? msg('TOO_LONG', { max: LIMITS.label })
                : null
              : msg('REQUIRED'),
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
      },
      apply: async () => {
        const secret = newSecret(API_TOKEN_PREFIX);
        const token = await this.tokens.insert({
          userId: actor.userId,
          name,
          tokenHash: hashSecret(secret),
          prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
          scopes: [...new Set(input.scopes)],
          expiresAt,
        });
        return { secret, token };
      },
      audit: (_none, { token }) => ({
        operation: 'createApiToken',
        entityType: 'ApiToken',
        entityId: token.id,
        ownerOrganisationId: actor.organisationId,
        after: { name, scopes: token.scopes, expiresAt, prefix: token.prefix },
      }),
    });
  }

  /** Revokes a token at once; revoking a revoked token changes nothing and records nothing. */
  async revoke(actor: Actor, id: string): Promise<ApiTokenEntity> {
    assertUuid('id', id);
    return this.mutations.mutate(actor, {
      load: () => this.tokens.findById(id),
      // Someone else's token is answered as missing, so its existence does not leak.
      authorise: (token) => {
        if (!token || (token.userId !== actor.userId && !isAdmin(actor))) throw notFound('API token', id);
      },
      apply: (token) => (token!.revokedAt ? Promise.resolve(token!) : this.tokens.revoke(id)),
      audit: (token) =>
        token!.revokedAt
          ? null
          : {
              operation: 'revokeApiToken',
              entityType: 'ApiToken',
              entityId: id,
              ownerOrganisationId: actor.organisationId,
              before: { revokedAt: null },
              after: { revokedAt: new Date() },
            },
    });
  }
}
