import { randomBytes } from 'node:crypto';
import { listWindow, matches, type SortKeys } from '../common/list-window.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type IdentityProvidersArgs, IdentityProviderSortField } from './dto/identity-providers.args.js';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type Message,
  Role,
  type RoleMapping,
  accountChanges,
  canManageUsers,
  claimValues,
  msg,
  organisationNumberFromClaims,
  rolesFromClaims,
} from '@gevinst/domain';
import type { Request, Response } from 'express';
import * as client from 'openid-client';
import type { Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/password.js';
import { hashSecret } from '../auth/tokens.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { Mutations } from '../audit/mutation.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import { AuthService } from '../session/auth.service.js';
import type { UserEntity } from '../user/user.entity.js';
import { UserRepository } from '../user/user.repository.js';
import type { IdentityProviderInput, UpdateIdentityProviderInput } from './dto/identity-provider.input.js';
import type { IdentityProviderEntity } from './identity-provider.entity.js';
import type { IdentityProviderModel, SignInOptionsModel, SignOutResult } from './identity-provider.model.js';
import { type IdentityProviderFields, IdentityProviderRepository } from './identity-provider.repository.js';
import { DiscoveryCache, isLoopbackHttp } from './oidc-client.js';

/** The cookie that ties a started sign-in to the browser that started it. */
export const OIDC_STATE_COOKIE = 'gevinst_oidc_state';
/** How long a started sign-in may take at the provider. */
const LOGIN_STATE_TTL_SECONDS = 10 * 60;
const ENV_ID = 'env';
const SLUG = /^[a-z0-9][a-z0-9-]{1,39}$/;

/** A provider as the service uses it, whether stored or from the environment. */
interface Provider {
  id: string;
  slug: string;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  organisationClaim: string | null;
  organisationId: string | null;
  /** The bound organisation's number (the environment names it by number). */
  organisationNumber: string | null;
  groupClaim: string;
  roleMappings: RoleMapping[];
  enabled: boolean;
  fromEnvironment: boolean;
  version: number;
  createdAt: Date | null;
}

/** A refusal of a sign-in, shown to the person as a page in their language. */
export class SignInRefused extends Error {
  constructor(
    readonly status: number,
    readonly reason: Message,
  ) {
    super(reason.code);
  }
}

/**
 * Signing in with an OpenID Connect identity provider (authorisation code flow with PKCE, through
 * openid-client), just-in-time provisioning of the person's Gevinst account, and the administrators'
 * management of the providers. The rules (organisation from the claims, roles from the groups, what a
 * sign-in changes) are libs/domain's oidc.ts.
 */
const IDENTITY_PROVIDER_SORT: SortKeys<IdentityProviderModel, IdentityProviderSortField> = {
  DISPLAY_NAME: (provider) => [provider.displayName, provider.slug],
  SLUG: (provider) => provider.slug,
  CREATED_AT: (provider) => provider.createdAt,
};

@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private readonly discovery = new DiscoveryCache();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly providers: IdentityProviderRepository,
    private readonly users: UserRepository,
    private readonly organisations: OrganisationRepository,
    private readonly auditLog: AuditRepository,
    private readonly mutations: Mutations,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // --- Signing in ------------------------------------------------------------------------------------

  /** How one may sign in here: the password form (or not) and the enabled providers. */
  async signInOptions(): Promise<SignInOptionsModel> {
    const providers = (await this.allProviders()).filter((provider) => provider.enabled);
    return {
      passwordLoginEnabled: this.config.passwordLoginEnabled,
      providers: providers.map((provider) => ({
        slug: provider.slug,
        displayName: provider.displayName,
        startUrl: `/auth/oidc/${provider.slug}/start`,
      })),
    };
  }

  /**
   * Starts a sign-in: a new state, nonce and PKCE verifier kept in the database (the state only as its
   * hash) and the state in a short-lived cookie of this browser; the URL of the provider's sign-in.
   */
  async start(slug: string, req: Request, res: Response): Promise<string> {
    const provider = await this.enabledProvider(slug);
    const configuration = await this.configurationOf(provider);
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    await this.uow.transaction(() =>
      this.providers.insertLoginState(
        hashSecret(state),
        { providerSlug: provider.slug, nonce, codeVerifier },
        LOGIN_STATE_TTL_SECONDS,
      ),
    );
    res.cookie(OIDC_STATE_COOKIE, state, {
      httpOnly: true,
      // Lax: the provider sends the browser back with a top-level GET from its own site.
      sameSite: 'lax',
      secure: this.config.auth.cookieSecure,
      path: '/auth/oidc',
      maxAge: LOGIN_STATE_TTL_SECONDS * 1000,
    });
    return client
      .buildAuthorizationUrl(configuration, {
        redirect_uri: this.redirectUri(provider.slug, req),
        scope: provider.scopes,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      })
      .toString();
  }

  /**
   * Finishes a sign-in: the state must be this browser's and unused; openid-client checks the answer
   * (issuer, audience, nonce, signature, expiry, PKCE); then the organisation, the account (created or
   * updated) and a session. Returns where the browser goes next.
   */
  async callback(slug: string, req: Request, res: Response): Promise<string> {
    const cookies = (req.cookies ?? {}) as Record<string, unknown>;
    const state = typeof req.query.state === 'string' ? req.query.state : '';
    res.clearCookie(OIDC_STATE_COOKIE, { path: '/auth/oidc' });
    if (!state || cookies[OIDC_STATE_COOKIE] !== state)
      throw new SignInRefused(400, msg('OIDC_SIGN_IN_EXPIRED'));
    const started = await this.uow.transaction(() => this.providers.takeLoginState(hashSecret(state)));
    if (!started || started.providerSlug !== slug) throw new SignInRefused(400, msg('OIDC_SIGN_IN_EXPIRED'));
    const provider = await this.enabledProvider(slug);
    const configuration = await this.configurationOf(provider);
    const currentUrl = new URL(req.originalUrl, this.baseUrl(req));
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: started.codeVerifier,
        expectedState: state,
        expectedNonce: started.nonce,
        idTokenExpected: true,
      });
      claims = { ...(tokens.claims() ?? {}) };
    } catch (error) {
      this.logger.warn(`Sign-in through ${slug} refused: ${(error as Error).message}`);
      throw new SignInRefused(403, msg('OIDC_SIGN_IN_REFUSED'));
    }
    const user = await this.provision(provider, claims);
    await this.auth.startSession(user, req, res, { identityProvider: provider.slug });
    return user.roles.includes(Role.FINANCE_OFFICER) ? '/#/my-allocations' : '/#/';
  }

  /**
   * Just-in-time provisioning: the account linked to the person at this provider (issuer + sub), or one
   * with their e-mail in the same organisation (linked now), or a new one; name, e-mail and roles as the
   * provider says. A deactivated account stays refused. Every creation and change is audited.
   */
  private provision(provider: Provider, claims: Record<string, unknown>): Promise<UserEntity> {
    return this.uow.transaction(async () => {
      const orgResult = organisationNumberFromClaims(
        claims,
        provider.organisationClaim,
        await this.boundOrganisationNumber(provider),
      );
      if ('problem' in orgResult) throw new SignInRefused(403, orgResult.problem);
      const organisation = await this.organisations.findByOrgNumber(orgResult.orgNumber);
      if (!organisation)
        throw new SignInRefused(403, msg('OIDC_UNKNOWN_ORGANISATION', { orgNumber: orgResult.orgNumber }));
      const email = emailOf(claims);
      if (!email) throw new SignInRefused(403, msg('OIDC_NO_EMAIL'));
      const name = nameOf(claims) ?? email;
      const roles = rolesFromClaims(claimValues(claims, provider.groupClaim), provider.roleMappings);
      const issuer = String(claims.iss);
      const subject = String(claims.sub);

      let user = await this.users.findByOidcIdentity(issuer, subject);
      if (!user) {
        const sameEmail = await this.users.findByEmail(email);
        if (sameEmail) {
          // A Gevinst account made before (by an administrator) for this person: linked when it is in
          // the organisation the provider says; never across organisations.
          if (sameEmail.organisationId !== organisation.id)
            throw new SignInRefused(403, msg('OIDC_EMAIL_TAKEN', { email }));
          if (!sameEmail.active) throw new SignInRefused(403, msg('OIDC_ACCOUNT_DISABLED'));
          await this.users.linkOidcIdentity(sameEmail.id, issuer, subject);
          await this.auditLog.record(actorOf(sameEmail), {
            operation: 'linkIdentityProvider',
            entityType: 'User',
            entityId: sameEmail.id,
            ownerOrganisationId: sameEmail.organisationId,
            after: { identityProvider: provider.slug, issuer },
          });
          user = sameEmail;
        }
      }
      if (!user) {
        const created = await this.users.insert({
          email,
          name,
          // Nothing anyone knows: this person signs in with the provider only.
          passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
          organisationId: organisation.id,
          roles,
          oidcIssuer: issuer,
          oidcSubject: subject,
        });
        await this.auditLog.record(actorOf(created), {
          operation: 'provisionUser',
          entityType: 'User',
          entityId: created.id,
          ownerOrganisationId: created.organisationId,
          after: { email, name, roles, organisationId: organisation.id, identityProvider: provider.slug },
        });
        return created;
      }
      if (!user.active) throw new SignInRefused(403, msg('OIDC_ACCOUNT_DISABLED'));
      const changes = accountChanges(user, { name, email, roles });
      if (!changes) return user;
      if (changes.email && (await this.users.findByEmail(changes.email))) delete changes.email;
      await this.users.updateFromProvider(user.id, changes);
      await this.auditLog.record(actorOf(user), {
        operation: 'updateUserFromProvider',
        entityType: 'User',
        entityId: user.id,
        ownerOrganisationId: user.organisationId,
        before: { name: user.name, email: user.email, roles: user.roles },
        after: {
          name: changes.name ?? user.name,
          email: changes.email ?? user.email,
          roles: changes.roles ?? user.roles,
          addedRoles: changes.addedRoles,
          removedRoles: changes.removedRoles,
          identityProvider: provider.slug,
        },
      });
      return (await this.users.findById(user.id))!;
    });
  }

  /** Ends the caller's session; the provider's end-session URL when the session came from one. */
  async signOut(actor: Actor, req: Request, res: Response | undefined): Promise<SignOutResult> {
    const slug = actor.sessionId ? await this.auth.identityProviderOfSession(actor.sessionId) : null;
    const signedOut = await this.auth.logout(actor, res);
    let endSessionUrl: string | null = null;
    if (slug) {
      try {
        const provider = (await this.allProviders()).find((candidate) => candidate.slug === slug);
        const configuration = provider ? await this.configurationOf(provider) : null;
        if (provider && configuration?.serverMetadata().end_session_endpoint)
          endSessionUrl = client
            .buildEndSessionUrl(configuration, {
              client_id: provider.clientId,
              post_logout_redirect_uri: `${this.baseUrl(req)}/`,
            })
            .toString();
      } catch (error) {
        this.logger.warn(`No end-session URL from ${slug}: ${(error as Error).message}`);
      }
    }
    return { signedOut, endSessionUrl };
  }

  // --- Administration --------------------------------------------------------------------------------

  /** The providers matching `filter`; without a sort, the one from the environment first, then by display name. */
  async list(
    actor: Actor,
    req: Request,
    { filter, ...window }: IdentityProvidersArgs,
  ): Promise<IdentityProviderModel[]> {
    if (!canManageUsers(actor)) throw forbidden(msg('ONLY_ADMINS_SEE_USERS'));
    const providers = (await this.allProviders())
      .filter((provider) => matches(provider.enabled, filter?.enabled))
      .filter((provider) => matches(provider.fromEnvironment, filter?.fromEnvironment))
      .map((provider) => this.toModel(provider, req));
    return listWindow(providers, window, IDENTITY_PROVIDER_SORT, {
      field: IdentityProviderSortField.DISPLAY_NAME,
      direction: SortDirection.ASC,
    });
  }

  async create(actor: Actor, input: IdentityProviderInput, req: Request): Promise<IdentityProviderModel> {
    // Refused before the input is looked at: a non-administrator learns nothing from validation.
    this.authoriseAdmin(actor);
    const fields = await this.validate(input, null);
    if (!input.clientSecret) throw badInput('clientSecret', msg('REQUIRED'));
    const created = await this.mutations.mutate(actor, {
      load: () => Promise.resolve(null),
      authorise: () => this.authoriseAdmin(actor),
      apply: () => this.providers.insert({ ...fields, clientSecret: input.clientSecret! }),
      audit: (_none, provider) => ({
        operation: 'createIdentityProvider',
        entityType: 'IdentityProvider',
        entityId: provider.id,
        ownerOrganisationId: null,
        after: auditView(provider),
      }),
    });
    return this.toModel(this.fromEntity(created, null), req);
  }

  async update(
    actor: Actor,
    id: string,
    input: UpdateIdentityProviderInput,
    req: Request,
  ): Promise<IdentityProviderModel> {
    this.authoriseAdmin(actor);
    const fields = await this.validate(input, id);
    const updated = await this.mutations.mutate(actor, {
      load: async () =>
        (await this.providers.findById(id)) ?? Promise.reject(notFound('IdentityProvider', id)),
      authorise: () => this.authoriseAdmin(actor),
      apply: () =>
        this.providers.update(id, input.version, {
          ...fields,
          ...(input.clientSecret ? { clientSecret: input.clientSecret } : {}),
        }),
      audit: (before, after) => ({
        operation: 'updateIdentityProvider',
        entityType: 'IdentityProvider',
        entityId: id,
        ownerOrganisationId: null,
        before: auditView(before),
        after: { ...auditView(after), clientSecretChanged: Boolean(input.clientSecret) },
      }),
    });
    return this.toModel(this.fromEntity(updated, null), req);
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    // Refused before looking: a non-administrator does not learn which ids exist.
    this.authoriseAdmin(actor);
    return this.mutations.mutate(actor, {
      load: async () =>
        (await this.providers.findById(id)) ?? Promise.reject(notFound('IdentityProvider', id)),
      authorise: () => this.authoriseAdmin(actor),
      apply: async () => {
        await this.providers.delete(id);
        return true;
      },
      audit: (before) => ({
        operation: 'deleteIdentityProvider',
        entityType: 'IdentityProvider',
        entityId: id,
        ownerOrganisationId: null,
        before: auditView(before),
      }),
    });
  }

  // --- Helpers ---------------------------------------------------------------------------------------

  private authoriseAdmin(actor: Actor): void {
    if (!canManageUsers(actor)) throw forbidden(msg('NEEDS_ROLE', { roles: [Role.ADMIN] }));
  }

  private async validate(input: IdentityProviderInput, id: string | null): Promise<IdentityProviderFields> {
    const slug = input.slug.trim();
    if (!SLUG.test(slug)) throw badInput('slug', msg('OIDC_SLUG_FORMAT'));
    if (slug === this.config.oidc?.slug || (await this.providers.slugTaken(slug, id ?? undefined)))
      throw conflict(msg('OIDC_SLUG_TAKEN', { slug }));
    let issuer: URL | null = null;
    try {
      issuer = new URL(input.issuerUrl.trim());
    } catch {
      issuer = null;
    }
    if (!issuer || (issuer.protocol !== 'https:' && !isLoopbackHttp(issuer)))
      throw badInput('issuerUrl', msg('NOT_AN_HTTPS_URL'));
    const organisationClaim = input.organisationClaim?.trim() || null;
    const organisationId = input.organisationId || null;
    if (!organisationClaim && !organisationId)
      throw badInput('organisationClaim', msg('OIDC_ORGANISATION_REQUIRED'));
    if (organisationId && !(await this.organisations.findById(organisationId)))
      throw notFound('Organisation', organisationId);
    if (!input.displayName.trim()) throw badInput('displayName', msg('REQUIRED'));
    if (!input.clientId.trim()) throw badInput('clientId', msg('REQUIRED'));
    return {
      slug,
      displayName: input.displayName.trim(),
      issuerUrl: issuer.toString().replace(/\/$/, ''),
      clientId: input.clientId.trim(),
      scopes: input.scopes?.trim() || 'openid profile email',
      organisationClaim,
      organisationId,
      groupClaim: input.groupClaim?.trim() || 'groups',
      roleMappings: (input.roleMappings ?? [])
        .map((mapping) => ({ claimValue: mapping.claimValue.trim(), role: mapping.role }))
        .filter((mapping) => mapping.claimValue),
      enabled: input.enabled ?? true,
    };
  }

  private async enabledProvider(slug: string): Promise<Provider> {
    const provider = await this.providerBySlug(slug);
    if (!provider?.enabled)
      throw new SignInRefused(404, msg('OIDC_PROVIDER_UNKNOWN', { provider: slug.slice(0, 40) }));
    return provider;
  }

  private async configurationOf(provider: Provider): Promise<client.Configuration> {
    try {
      return await this.discovery.get(provider);
    } catch (error) {
      this.logger.warn(`Discovery at ${provider.issuerUrl} failed: ${(error as Error).message}`);
      throw new SignInRefused(502, msg('OIDC_PROVIDER_UNREACHABLE', { provider: provider.displayName }));
    }
  }

  private async providerBySlug(slug: string): Promise<Provider | null> {
    const env = this.environmentProvider();
    if (env && env.slug === slug) return env;
    const stored = await this.providers.findBySlugWithSecret(slug);
    return stored ? this.fromEntity(stored, stored.clientSecret) : null;
  }

  private async allProviders(): Promise<Provider[]> {
    const env = this.environmentProvider();
    const stored = (await this.providers.list()).map((entity) => this.fromEntity(entity, null));
    return env ? [env, ...stored] : stored;
  }

  private environmentProvider(): Provider | null {
    const env = this.config.oidc;
    if (!env) return null;
    return {
      id: ENV_ID,
      ...env,
      organisationId: null,
      organisationNumber: env.organisationNumber,
      enabled: true,
      fromEnvironment: true,
      version: 0,
      createdAt: null,
    };
  }

  private fromEntity(entity: IdentityProviderEntity, clientSecret: string | null): Provider {
    return {
      id: entity.id,
      slug: entity.slug,
      displayName: entity.displayName,
      issuerUrl: entity.issuerUrl,
      clientId: entity.clientId,
      clientSecret: clientSecret ?? '',
      scopes: entity.scopes,
      organisationClaim: entity.organisationClaim,
      organisationId: entity.organisationId,
      organisationNumber: null,
      groupClaim: entity.groupClaim,
      roleMappings: entity.roleMappings,
      enabled: entity.enabled,
      fromEnvironment: false,
      version: entity.version,
      createdAt: entity.createdAt,
    };
  }

  private async boundOrganisationNumber(provider: Provider): Promise<string | null> {
    if (provider.organisationNumber) return provider.organisationNumber;
    if (!provider.organisationId) return null;
    return (await this.organisations.findById(provider.organisationId))?.orgNumber ?? null;
  }

  private toModel(provider: Provider, req: Request): IdentityProviderModel {
    const { clientSecret: _secret, organisationNumber: _number, ...rest } = provider;
    return { ...rest, redirectUri: this.redirectUri(provider.slug, req) };
  }

  private baseUrl(req: Request): string {
    return this.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
  }

  private redirectUri(slug: string, req: Request): string {
    return `${this.baseUrl(req)}/auth/oidc/${slug}/callback`;
  }
}

function emailOf(claims: Record<string, unknown>): string | null {
  for (const key of ['email', 'preferred_username', 'upn']) {
    const value = claims[key];
    if (typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.trim()))
      return value.trim().toLowerCase();
  }
  return null;
}

function nameOf(claims: Record<string, unknown>): string | null {
  if (typeof claims.name === 'string' && claims.name.trim()) return claims.name.trim().slice(0, 200);
  const parts = [claims.given_name, claims.family_name].filter(
    (part) => typeof part === 'string' && part.trim(),
  );
  return parts.length ? parts.join(' ').slice(0, 200) : null;
}

function actorOf(user: UserEntity): Actor {
  return {
    kind: 'USER',
    userId: user.id,
    email: user.email,
    name: user.name,
    organisationId: user.organisationId,
    roles: user.roles,
  };
}

/** A provider as the audit log records it: never the client secret. */
function auditView(provider: IdentityProviderEntity): object {
  const { clientSecret: _secret, ...rest } = provider;
  return rest;
}
