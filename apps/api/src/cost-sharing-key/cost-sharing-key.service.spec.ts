import { Role } from '@gevinst/domain';
import { AppError } from '../common/errors.js';
import type { OrganisationRepository } from '../organisation/organisation.repository.js';
import type { CostSharingKeyVersionEntity } from './cost-sharing-key-version.entity.js';
import type { CostSharingKeyEntity } from './cost-sharing-key.entity.js';
import type { CostSharingKeyRepository, KeyRules, NewKey } from './cost-sharing-key.repository.js';
import { CostSharingKeyService } from './cost-sharing-key.service.js';
import { actorOf, fakeMutations } from '../testing/fakes.js';

const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const KEY = '33333333-3333-4333-8333-333333333333';
const OTHER_KEY = '44444444-4444-4444-8444-444444444444';
const VERSION = '55555555-5555-4555-8555-555555555555';
const USER = '66666666-6666-4666-8666-666666666666';

const actor = (organisationId: string, roles: Role[]) => actorOf(organisationId, roles, { userId: USER });
const owner = actor(OWNER_ORG, [Role.INITIATIVE_OWNER]);
const outsider = actor(OTHER_ORG, [Role.INITIATIVE_OWNER]);
const reader = actor(OWNER_ORG, [Role.READER]);

const EQUAL = { method: 'EQUAL' } as const;

/**
 * The service on an in-memory key table: "Lik deling" (version 3 of the row, rules at version 1) and
 * "Innbyggertall" of the same organisation. `used` says whether an allocation used the current rules.
 */
function setup({ used = false } = {}) {
  const keys = new Map<string, CostSharingKeyEntity>([
    [
      KEY,
      {
        id: KEY,
        name: 'Lik deling',
        description: '',
        ownerOrganisationId: OWNER_ORG,
        currentVersion: 1,
        version: 3,
      } as CostSharingKeyEntity,
    ],
    [
      OTHER_KEY,
      {
        id: OTHER_KEY,
        name: 'Innbyggertall',
        description: '',
        ownerOrganisationId: OWNER_ORG,
        currentVersion: 1,
        version: 1,
      } as CostSharingKeyEntity,
    ],
  ]);
  const versions: CostSharingKeyVersionEntity[] = [
    {
      id: VERSION,
      keyId: KEY,
      versionNumber: 1,
      spec: EQUAL,
      populationYear: null,
      validFrom: null,
      validTo: null,
    } as CostSharingKeyVersionEntity,
  ];
  const writes: string[] = [];
  const repository = {
    findById: (id: string) => Promise.resolve(keys.get(id) ?? null),
    findForUpdate: (id: string) => Promise.resolve(keys.get(id) ?? null),
    currentVersion: (key: CostSharingKeyEntity) =>
      Promise.resolve(versions.find((v) => v.keyId === key.id && v.versionNumber === key.currentVersion)!),
    nameTaken: (organisationId: string, name: string) =>
      Promise.resolve(
        [...keys.values()].some((k) => k.ownerOrganisationId === organisationId && k.name === name),
      ),
    findByName: (organisationId: string, name: string) =>
      Promise.resolve(
        [...keys.values()].find((k) => k.ownerOrganisationId === organisationId && k.name === name) ?? null,
      ),
    versionUsed: () => Promise.resolve(used),
    insert: (key: NewKey) => {
      writes.push('insert');
      const created = { ...key, id: 'new', currentVersion: 1, version: 1 } as CostSharingKeyEntity;
      keys.set(created.id, created);
      return Promise.resolve(created);
    },
    insertVersion: (keyId: string, versionNumber: number, rules: KeyRules) => {
      writes.push(`insertVersion ${versionNumber}`);
      versions.push({
        id: `v${versionNumber}`,
        keyId,
        versionNumber,
        ...rules,
      } as CostSharingKeyVersionEntity);
      return Promise.resolve();
    },
    updateRules: (versionId: string, rules: KeyRules) => {
      writes.push('updateRules');
      Object.assign(
        versions.find((v) => v.id === versionId)!,
        rules,
      );
      return Promise.resolve();
    },
    update: (id: string, fields: Partial<CostSharingKeyEntity>) => {
      writes.push('update');
      const after = { ...keys.get(id)!, ...fields, version: keys.get(id)!.version + 1 };
      keys.set(id, after);
      return Promise.resolve(after);
    },
  } as unknown as CostSharingKeyRepository;
  const { mutations, audited } = fakeMutations();
  const organisations = {
    exists: (id: string) => Promise.resolve(id === OWNER_ORG || id === OTHER_ORG),
  } as unknown as OrganisationRepository;
  const service = new CostSharingKeyService(repository, organisations, mutations);
  return { service, keys, versions, writes, audited };
}

/** The error a call is refused with. */
async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('CostSharingKeyService', () => {
  it.each([
    ['another organisation', outsider],
    ['a READER of the owner organisation', reader],
  ])('refuses %s and writes nothing', async (_who, who) => {
    const { service, writes, audited } = setup();
    const update = await refusal(service.update(who, { id: KEY, version: 3, name: 'Ny' }));
    expect(update.code).toBe('FORBIDDEN');
    expect(update.message).toBe(
      "Only initiative owners of the key's organisation (or administrators) manage its cost-sharing keys",
    );
    expect(update.extensions.reason).toBe('KEY_MANAGERS_ONLY');
    const create = await refusal(
      service.create(who, { name: 'Ny', ownerOrganisationId: OWNER_ORG, spec: EQUAL }),
    );
    expect(create.code).toBe('FORBIDDEN');
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('answers a stale version with CONFLICT naming both versions, and writes nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.update(owner, { id: KEY, version: 2, name: 'Ny' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'Cost-sharing key was changed by someone else: you sent version 2, the current version is 3. Reload it and apply your change again.',
    );
    expect(error.extensions).toMatchObject({ currentVersion: 3, sentVersion: 2, reason: 'STALE_VERSION' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('changes unused rules in place and audits the key before and after', async () => {
    const { service, versions, audited, writes } = setup();
    const after = await service.update(owner, {
      id: KEY,
      version: 3,
      name: ' Lik fordeling ',
      populationYear: 2024,
    });
    expect(after).toMatchObject({ name: 'Lik fordeling', currentVersion: 1, version: 4 });
    expect(writes).toEqual(['updateRules', 'update']);
    expect(versions).toHaveLength(1);
    expect(audited).toEqual([
      {
        operation: 'updateCostSharingKey',
        entityType: 'CostSharingKey',
        entityId: KEY,
        ownerOrganisationId: OWNER_ORG,
        before: expect.objectContaining({
          name: 'Lik deling',
          version: 3,
          rules: expect.objectContaining({ id: VERSION }),
        }),
        after: expect.objectContaining({
          name: 'Lik fordeling',
          version: 4,
          newVersion: false,
          rules: { spec: EQUAL, populationYear: 2024, validFrom: null, validTo: null },
        }),
      },
    ]);
  });

  it('keeps rules an allocation used and makes a new version of them', async () => {
    const { service, writes, audited } = setup({ used: true });
    const after = await service.update(owner, { id: KEY, version: 3, validFrom: '2026-01-01' });
    expect(after).toMatchObject({ currentVersion: 2, version: 4 });
    expect(writes).toEqual(['insertVersion 2', 'update']);
    expect(audited[0].after).toMatchObject({ newVersion: true, currentVersion: 2 });
  });

  it('reports every invalid field at once, with codes and fields, and writes nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(
      service.update(owner, {
        id: KEY,
        version: 3,
        name: 'Innbyggertall',
        populationYear: 1700,
        validFrom: '2026-01-01',
        validTo: '2025-12-31',
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems).toEqual([
      {
        field: 'populationYear',
        message: 'must be between 1800 and 2200 (got 1700)',
        reason: 'NOT_BETWEEN',
        params: { min: 1800, max: 2200, got: '1700' },
      },
      {
        field: 'validTo',
        message: 'must not be before validFrom (2026-01-01)',
        reason: 'BEFORE_VALID_FROM',
        params: { validFrom: '2026-01-01' },
      },
      {
        field: 'name',
        message: 'the organisation already has a key named "Innbyggertall"',
        reason: 'KEY_NAME_TAKEN',
        params: { name: 'Innbyggertall' },
      },
    ]);
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('names the path of a problem in the key specification, with the cost-model code', async () => {
    const { service, writes } = setup();
    const error = await refusal(
      service.create(owner, {
        name: 'Andeler',
        ownerOrganisationId: OWNER_ORG,
        spec: { method: 'FIXED_SHARES', shares: { '958935420': '60', '964338531': '30' } },
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems).toEqual([
      expect.objectContaining({
        field: 'spec.shares',
        message: 'the shares must add up to exactly 100 (they add up to 90)',
        reason: 'SPEC_NOT_100',
      }),
    ]);
    expect(writes).toEqual([]);
  });

  it('creates a key at its first version and audits it with its rules', async () => {
    const { service, writes, audited } = setup();
    const key = await service.create(owner, {
      name: '  Ny nøkkel ',
      description: ' Deles likt ',
      ownerOrganisationId: OWNER_ORG,
      spec: EQUAL,
    });
    expect(key).toMatchObject({
      name: 'Ny nøkkel',
      description: 'Deles likt',
      ownerOrganisationId: OWNER_ORG,
    });
    expect(writes).toEqual(['insert', 'insertVersion 1']);
    expect(audited).toEqual([
      {
        operation: 'createCostSharingKey',
        entityType: 'CostSharingKey',
        entityId: 'new',
        ownerOrganisationId: OWNER_ORG,
        after: expect.objectContaining({
          name: 'Ny nøkkel',
          rules: { spec: EQUAL, populationYear: null, validFrom: null, validTo: null },
        }),
      },
    ]);
  });

  it('refuses an unknown owner organisation and an empty name', async () => {
    const { service, writes } = setup();
    const unknown = '77777777-7777-4777-8777-777777777777';
    const error = await refusal(
      service.create(actor(unknown, [Role.ADMIN]), { name: ' ', ownerOrganisationId: unknown, spec: EQUAL }),
    );
    expect(error.extensions.problems).toEqual([
      { field: 'name', message: 'must not be empty', reason: 'REQUIRED', params: {} },
      {
        field: 'ownerOrganisationId',
        message: `organisation ${unknown} does not exist`,
        reason: 'ORGANISATION_MISSING',
        params: { id: unknown },
      },
    ]);
    expect(writes).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown key', async () => {
    const { service } = setup();
    const unknown = '88888888-8888-4888-8888-888888888888';
    expect(await refusal(service.findById(unknown))).toMatchObject({
      code: 'NOT_FOUND',
      message: `Cost-sharing key ${unknown} was not found`,
    });
    expect(await refusal(service.update(owner, { id: unknown, version: 1 }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
