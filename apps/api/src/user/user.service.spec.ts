import { Role } from '@gevinst/domain';
import type { CredentialRepository } from '../auth/credential.repository.js';
import { AppError, staleVersion } from '../common/errors.js';
import type { AppConfig } from '../config/app-config.js';
import type { OrganisationRepository } from '../organisation/organisation.repository.js';
import type { UserEntity } from './user.entity.js';
import type { NewUser, UserChanges, UserRepository } from './user.repository.js';
import { UserService } from './user.service.js';
import { actorOf, fakeMutations } from '../testing/fakes.js';

const ORG = '11111111-1111-4111-8111-111111111111';
const ADMIN_ID = '22222222-2222-4222-8222-222222222222';
const USER_ID = '33333333-3333-4333-8333-333333333333';
const UNKNOWN_ORG = '44444444-4444-4444-8444-444444444444';

const actor = (userId: string, roles: Role[]) =>
  actorOf(ORG, roles, {
    userId,
    email: 'a@demo.gevinst.no',
    name: 'A',
    sessionId: '55555555-5555-4555-8555-555555555555',
  });
const admin = actor(ADMIN_ID, [Role.ADMIN]);
const owner = actor(USER_ID, [Role.INITIATIVE_OWNER]);

const newUser = {
  email: ' Ny.Bruker@Demo.Gevinst.no ',
  name: ' Ny Bruker ',
  password: 'a-long-enough-passphrase',
  organisationId: ORG,
  roles: [Role.READER, Role.READER],
};

/** The service on an in-memory users table holding an administrator and one user at version 4. */
function setup() {
  const users = new Map<string, UserEntity>(
    [
      { id: ADMIN_ID, email: 'admin@demo.gevinst.no', roles: [Role.ADMIN] },
      { id: USER_ID, email: 'ola@demo.gevinst.no', roles: [Role.INITIATIVE_OWNER] },
    ].map((user) => [
      user.id,
      { ...user, name: 'Navn', organisationId: ORG, active: true, version: 4 } as UserEntity,
    ]),
  );
  const writes: string[] = [];
  const hashes: string[] = [];
  const repository = {
    findById: (id: string) => Promise.resolve(users.get(id) ?? null),
    emailTaken: (email: string) => Promise.resolve([...users.values()].some((u) => u.email === email)),
    insert: ({ passwordHash, ...user }: NewUser) => {
      writes.push('insert');
      hashes.push(passwordHash!);
      const row = { ...user, id: 'new', active: true, version: 1 } as UserEntity;
      users.set(row.id, row);
      return Promise.resolve(row);
    },
    updateAtVersion: (id: string, version: number, { passwordHash, ...changes }: UserChanges) => {
      const current = users.get(id)!;
      if (current.version !== version) return Promise.reject(staleVersion('User', undefined, version));
      writes.push('update');
      if (passwordHash) hashes.push(passwordHash);
      const after = { ...current, ...changes, version: version + 1 };
      users.set(id, after);
      return Promise.resolve(after);
    },
  } as unknown as UserRepository;
  const organisations = {
    exists: (id: string) => Promise.resolve(id === ORG),
  } as unknown as OrganisationRepository;
  const credentials = {
    revokeAllOf: (userId: string, keep?: string) => {
      writes.push(`revoke credentials of ${userId} keeping ${keep}`);
      return Promise.resolve({ endedSessions: 2, revokedApiTokens: 1 });
    },
    endSessionsOf: (userId: string) => (writes.push(`end sessions of ${userId}`), Promise.resolve()),
  } as unknown as CredentialRepository;
  const { mutations, audited } = fakeMutations();
  const config = { auth: {} } as AppConfig;
  const service = new UserService(repository, organisations, credentials, config, mutations);
  return { service, users, writes, hashes, audited };
}

async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const fieldsAndReasons = (error: AppError) =>
  (error.extensions.problems as { field: string; reason?: string }[]).map((p) => [p.field, p.reason]);

describe('UserService', () => {
  it('lets an administrator create a user with a hashed password, and audits it without the hash', async () => {
    const { service, hashes, audited } = setup();
    const user = await service.create(admin, newUser);
    expect(user).toMatchObject({
      email: 'ny.bruker@demo.gevinst.no',
      name: 'Ny Bruker',
      roles: [Role.READER],
      organisationId: ORG,
    });
    expect(hashes).toEqual([expect.stringMatching(/^\$argon2id\$/)]);
    expect(audited).toEqual([
      {
        operation: 'createUser',
        entityType: 'User',
        entityId: 'new',
        ownerOrganisationId: ORG,
        after: user,
      },
    ]);
    expect(JSON.stringify(audited)).not.toContain('argon2');
  });

  it('refuses anyone but an administrator to create or change a user, and writes nothing', async () => {
    const { service, writes, audited } = setup();
    const create = await refusal(service.create(owner, newUser));
    expect(create.code).toBe('FORBIDDEN');
    expect(create.message).toBe('This needs one of the roles ADMIN');
    const deactivate = await refusal(service.update(owner, { id: USER_ID, version: 4, active: false }));
    expect(deactivate.code).toBe('FORBIDDEN');
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('reports every invalid field of a new user at once', async () => {
    const { service, writes } = setup();
    const error = await refusal(
      service.create(admin, {
        email: 'not-an-email',
        name: '  ',
        password: 'password1234',
        organisationId: UNKNOWN_ORG,
        roles: [],
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(fieldsAndReasons(error)).toEqual([
      ['email', 'NOT_AN_EMAIL'],
      ['name', 'REQUIRED'],
      ['password', 'COMMON_PASSWORD'],
      ['roles', 'ROLE_REQUIRED'],
      ['organisationId', 'ORGANISATION_MISSING'],
    ]);
    expect(error.extensions.problems).toContainEqual({
      field: 'password',
      message: 'is one of the most common passwords, which attackers try first: choose another',
      reason: 'COMMON_PASSWORD',
      params: {},
    });
    const taken = await refusal(service.create(admin, { ...newUser, email: 'ola@demo.gevinst.no' }));
    expect(fieldsAndReasons(taken)).toEqual([['email', 'EMAIL_TAKEN']]);
    expect(writes).toEqual([]);
  });

  it('deactivates a user for an administrator, ends their sessions and audits before and after', async () => {
    const { service, writes, audited } = setup();
    const after = await service.update(admin, { id: USER_ID, version: 4, active: false });
    expect(after).toMatchObject({ active: false, version: 5 });
    expect(writes).toEqual(['update', `end sessions of ${USER_ID}`]);
    expect(audited).toEqual([
      {
        operation: 'updateUser',
        entityType: 'User',
        entityId: USER_ID,
        ownerOrganisationId: ORG,
        before: expect.objectContaining({ active: true, version: 4 }),
        after: expect.objectContaining({ active: false, version: 5, passwordChanged: false }),
      },
    ]);
  });

  it('answers a stale version with CONFLICT naming both versions, and writes nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.update(admin, { id: USER_ID, version: 3, name: 'Nytt navn' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions).toMatchObject({ currentVersion: 4, sentVersion: 3, reason: 'STALE_VERSION' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('does not let an administrator deactivate or demote themselves', async () => {
    const { service, writes } = setup();
    const deactivate = await refusal(service.update(admin, { id: ADMIN_ID, version: 4, active: false }));
    expect(fieldsAndReasons(deactivate)).toEqual([['active', 'CANNOT_DEMOTE_YOURSELF']]);
    const demote = await refusal(service.update(admin, { id: ADMIN_ID, version: 4, roles: [Role.READER] }));
    expect(fieldsAndReasons(demote)).toEqual([['roles', 'CANNOT_DEMOTE_YOURSELF']]);
    expect(writes).toEqual([]);
  });

  it('revokes every credential of a user given a new password, and audits the counts', async () => {
    const { service, writes, hashes, audited } = setup();
    await service.update(admin, { id: USER_ID, version: 4, password: 'another-long-passphrase' });
    expect(writes).toEqual(['update', `revoke credentials of ${USER_ID} keeping undefined`]);
    expect(hashes).toEqual([expect.stringMatching(/^\$argon2id\$/)]);
    expect(audited[0].after).toMatchObject({ passwordChanged: true, endedSessions: 2, revokedApiTokens: 1 });
  });

  it('answers NOT_FOUND for an unknown user', async () => {
    const { service } = setup();
    expect(await refusal(service.update(admin, { id: UNKNOWN_ORG, version: 1 }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
