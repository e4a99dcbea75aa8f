import { ApiTokenScope, Role, UserKind } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { hashSecret } from '../auth/tokens.js';
import { AppError } from '../common/errors.js';
import type { AppConfig } from '../config/app-config.js';
import type { UserEntity } from '../user/user.entity.js';
import type { UserRepository } from '../user/user.repository.js';
import type { ApiTokenEntity } from './api-token.entity.js';
import type { ApiTokenFilter, ApiTokenRepository, NewApiToken } from './api-token.repository.js';
import { ApiTokenService } from './api-token.service.js';
import { actorOf, fakeMutations } from '../testing/fakes.js';

const ORG = '11111111-1111-4111-8111-111111111111';
const OWNER = '22222222-2222-4222-8222-222222222222';
const OTHER = '33333333-3333-4333-8333-333333333333';
const TOKEN = '44444444-4444-4444-8444-444444444444';
const SERVICE = '55555555-5555-4555-8555-555555555555';

const person = (userId: string, roles: Role[]) =>
  actorOf(ORG, roles, { userId, email: `${userId.slice(0, 4)}@demo.gevinst.no`, name: 'Bruker' });
const owner = person(OWNER, [Role.INITIATIVE_OWNER]);
const other = person(OTHER, [Role.INITIATIVE_OWNER]);
const admin = person(OTHER, [Role.ADMIN]);
const tokenActor: Actor = { ...owner, kind: 'API_TOKEN', tokenId: TOKEN, scopes: [ApiTokenScope.WRITE] };
const inAYear = () => new Date(Date.now() + 365 * 24 * 3_600_000);

/** The service on an in-memory api_tokens table holding one live token of OWNER. */
function setup() {
  const rows = new Map<string, ApiTokenEntity>([
    [
      TOKEN,
      {
        id: TOKEN,
        userId: OWNER,
        name: 'Import',
        prefix: 'gvt_abcdef',
        scopes: [ApiTokenScope.READ],
        expiresAt: inAYear(),
        revokedAt: null,
        lastUsedAt: null,
      } as ApiTokenEntity,
    ],
  ]);
  const writes: string[] = [];
  const pages: ApiTokenFilter[] = [];
  const stored: NewApiToken[] = [];
  const repository = {
    findById: (id: string) => Promise.resolve(rows.get(id) ?? null),
    page: (filter: ApiTokenFilter) => (pages.push(filter), Promise.resolve({ nodes: [], totalCount: 0 })),
    insert: (token: NewApiToken) => {
      writes.push('insert');
      stored.push(token);
      const row = { ...token, id: 'new', revokedAt: null, lastUsedAt: null } as ApiTokenEntity;
      rows.set(row.id, row);
      return Promise.resolve(row);
    },
    revoke: (id: string) => {
      writes.push(`revoke ${id}`);
      const row = { ...rows.get(id)!, revokedAt: new Date() };
      rows.set(id, row);
      return Promise.resolve(row);
    },
  } as unknown as ApiTokenRepository;
  const { mutations, audited } = fakeMutations();
  // Users: one service account; the service reads only findById.
  const users = {
    findById: (id: string) =>
      Promise.resolve(
        id === SERVICE
          ? ({ id, kind: UserKind.SERVICE_ACCOUNT, active: true, organisationId: 'org-s' } as UserEntity)
          : id === OWNER
            ? ({ id, kind: UserKind.PERSON, active: true, organisationId: 'org-o' } as UserEntity)
            : null,
      ),
  } as unknown as UserRepository;
  const config = { auth: { tokenExpiry: { maxLifetimeDays: 730, allowNoExpiry: false } } } as AppConfig;
  return {
    service: new ApiTokenService(repository, users, mutations, config),
    writes,
    audited,
    pages,
    stored,
  };
}

async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('ApiTokenService', () => {
  it('issues a token for the caller, stores only the hash of its secret and audits it without the secret', async () => {
    const { service, audited, stored } = setup();
    const expiresAt = inAYear();
    const { secret, token } = await service.create(owner, {
      name: '  Økonomisystem  ',
      scopes: [ApiTokenScope.READ, ApiTokenScope.READ],
      expiresAt,
    });
    expect(secret).toMatch(/^gvt_/);
    expect(stored).toEqual([
      {
        userId: OWNER,
        name: 'Økonomisystem',
        tokenHash: hashSecret(secret),
        prefix: secret.slice(0, 10),
        scopes: [ApiTokenScope.READ],
        expiresAt,
      },
    ]);
    expect(audited).toEqual([
      {
        operation: 'createApiToken',
        entityType: 'ApiToken',
        entityId: token.id,
        ownerOrganisationId: ORG,
        after: {
          name: 'Økonomisystem',
          userId: OWNER,
          scopes: [ApiTokenScope.READ],
          expiresAt,
          prefix: secret.slice(0, 10),
        },
      },
    ]);
    expect(JSON.stringify(audited)).not.toContain(secret);
  });

  it('refuses a token acting for its owner, and creates nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(
      service.create(tokenActor, { name: 'x', scopes: [ApiTokenScope.READ], expiresAt: inAYear() }),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(error.extensions.reason).toBe('TOKEN_NEEDS_PERSON');
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('reports a missing name, no scope and an expiry in the past at once', async () => {
    const { service, writes } = setup();
    const error = await refusal(
      service.create(owner, { name: '   ', scopes: [], expiresAt: new Date(Date.now() - 1000) }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(
      (error.extensions.problems as { field: string; reason: string }[]).map((p) => [p.field, p.reason]),
    ).toEqual([
      ['name', 'REQUIRED'],
      ['scopes', 'SCOPE_REQUIRED'],
      ['expiresAt', 'NOT_IN_FUTURE'],
    ]);
    const tooFar = await refusal(
      service.create(owner, {
        name: 'x',
        scopes: [ApiTokenScope.READ],
        expiresAt: new Date(Date.now() + 3 * 366 * 24 * 3_600_000),
      }),
    );
    expect(tooFar.extensions.problems).toEqual([
      expect.objectContaining({ field: 'expiresAt', reason: 'TOKEN_LIFETIME_TOO_LONG' }),
    ]);
    expect(writes).toEqual([]);
  });

  it('revokes the owner’s token once and audits it; a second revocation records nothing', async () => {
    const { service, writes, audited } = setup();
    const revoked = await service.revoke(owner, TOKEN);
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    await service.revoke(owner, TOKEN);
    expect(writes).toEqual([`revoke ${TOKEN}`]);
    expect(audited).toEqual([
      {
        operation: 'revokeApiToken',
        entityType: 'ApiToken',
        entityId: TOKEN,
        ownerOrganisationId: ORG,
        before: { revokedAt: null },
        after: { revokedAt: expect.any(Date) },
      },
    ]);
  });

  it('answers another user’s token as NOT_FOUND, but lets an administrator revoke it', async () => {
    const { service, writes, audited } = setup();
    expect(await refusal(service.revoke(other, TOKEN))).toMatchObject({ code: 'NOT_FOUND' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
    await service.revoke(admin, TOKEN);
    expect(writes).toEqual([`revoke ${TOKEN}`]);
  });

  it('lists the caller’s own tokens; only administrators may list another user’s or everybody’s', async () => {
    const { service, pages } = setup();
    const page = { offset: 0, limit: 10, all: false };
    await service.list(owner, { ...page });
    expect(await refusal(service.list(owner, { ...page, userId: OTHER }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refusal(service.list(owner, { ...page, all: true }))).toMatchObject({ code: 'FORBIDDEN' });
    await service.list(admin, { ...page, all: true });
    await service.list(admin, { ...page, userId: OWNER });
    expect(pages.map((filter) => filter.userId)).toEqual([OWNER, null, OWNER]);
  });

  it('lets an administrator issue a token for a service account, owned by it, but not for a person', async () => {
    const { service, stored, audited } = setup();
    const { token } = await service.create(admin, {
      name: 'Økonomisystem',
      scopes: [ApiTokenScope.WRITE],
      expiresAt: inAYear(),
      userId: SERVICE,
    });
    expect(token.userId).toBe(SERVICE);
    expect(stored[0].userId).toBe(SERVICE);
    expect(audited[0]).toEqual(expect.objectContaining({ ownerOrganisationId: 'org-s' }));
    const person = await refusal(
      service.create(admin, { name: 'x', scopes: [ApiTokenScope.READ], expiresAt: inAYear(), userId: OWNER }),
    );
    expect(person.extensions.reason).toBe('TOKEN_OWNER_NOT_SERVICE_ACCOUNT');
    const notAdmin = await refusal(
      service.create(other, {
        name: 'x',
        scopes: [ApiTokenScope.READ],
        expiresAt: inAYear(),
        userId: SERVICE,
      }),
    );
    expect(notAdmin.extensions.code).toBe('FORBIDDEN');
    expect(stored).toHaveLength(1);
  });

  it('refuses a token without expiry unless the server allows it', async () => {
    const { service, writes } = setup();
    const none = await refusal(
      service.create(owner, { name: 'x', scopes: [ApiTokenScope.READ], expiresAt: null }),
    );
    expect(none.extensions.problems).toEqual([
      expect.objectContaining({ field: 'expiresAt', reason: 'TOKEN_EXPIRY_REQUIRED' }),
    ]);
    expect(writes).toEqual([]);
  });
});
