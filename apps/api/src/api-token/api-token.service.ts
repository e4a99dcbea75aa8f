import { Inject, Injectable } from '@nestjs/common';
import { LIMITS, UserKind, isAdmin, msg, tokenExpiryProblem } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../auth/tokens.js';
import { Mutations } from '../audit/mutation.js';
import { InputProblems, forbidden, notFound } from '../common/errors.js';
import { assertUuid, isUuid } from '../common/ids.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { UserRepository } from '../user/user.repository.js';
import { type Page, assertPage } from '../common/pagination.js';
import type { ApiTokenEntity } from './api-token.entity.js';
import { ApiTokenRepository } from './api-token.repository.js';
import { ApiTokensArgs } from './dto/api-tokens.args.js';
import { CreateApiTokenInput } from './dto/create-api-token.input.js';

/**
 * API tokens: a person issues tokens for themselves and revokes their own (administrators anyone's, and
 * administrators issue tokens for service accounts). The expiry follows libs/domain tokenExpiryProblem
 * with API_TOKEN_MAX_DAYS and API_TOKEN_ALLOW_NO_EXPIRY. Each
 * change is load → authorise → apply → audit in one transaction (Mutations); the SQL is ApiTokenRepository's.
 */
@Injectable()
export class ApiTokenService {
  constructor(
    private readonly tokens: ApiTokenRepository,
    private readonly users: UserRepository,
    private readonly mutations: Mutations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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

  /**
   * Issues a token for the caller (a person, not a token), or — administrators — for a service account
   * (`input.userId`); the secret is returned once and never stored. Two tokens of a service account may
   * be valid at once: rotation is create the new one, switch the integration over, revoke the old one.
   */
  async create(actor: Actor, input: CreateApiTokenInput): Promise<{ secret: string; token: ApiTokenEntity }> {
    const name = input.name.trim();
    const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
    const forOther = !!input.userId && input.userId !== actor.userId;
    return this.mutations.mutate(actor, {
      load: async () => {
        if (!forOther) return null;
        assertUuid('userId', input.userId!);
        return this.users.findById(input.userId!);
      },
      authorise: (owner) => {
        if (actor.kind === 'API_TOKEN') throw forbidden(msg('TOKEN_NEEDS_PERSON'));
        if (forOther) {
          if (!isAdmin(actor)) throw forbidden(msg('ONLY_ADMINS_SEE_TOKENS'));
          if (!owner) throw notFound('User', input.userId!);
          if (owner.kind !== UserKind.SERVICE_ACCOUNT)
            throw forbidden(msg('TOKEN_OWNER_NOT_SERVICE_ACCOUNT'));
          if (!owner.active) throw forbidden(msg('SERVICE_ACCOUNT_INACTIVE'));
        }
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
          .check('expiresAt', tokenExpiryProblem(expiresAt, Date.now(), this.config.auth.tokenExpiry))
          .throwIfAny();
      },
      apply: async (owner) => {
        const secret = newSecret(API_TOKEN_PREFIX);
        const token = await this.tokens.insert({
          userId: owner?.id ?? actor.userId,
          name,
          tokenHash: hashSecret(secret),
          prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
          scopes: [...new Set(input.scopes)],
          expiresAt,
        });
        return { secret, token };
      },
      audit: (owner, { token }) => ({
        operation: 'createApiToken',
        entityType: 'ApiToken',
        entityId: token.id,
        ownerOrganisationId: owner?.organisationId ?? actor.organisationId,
        after: { name, userId: token.userId, scopes: token.scopes, expiresAt, prefix: token.prefix },
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
