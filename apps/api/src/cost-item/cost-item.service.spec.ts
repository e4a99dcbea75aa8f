import { AppError, staleVersion } from '../common/errors.js';
import type { CostSharingKeyRepository } from '../cost-sharing-key/cost-sharing-key.repository.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import type { InitiativeRepository } from '../initiative/initiative.repository.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import type { CostItemEntity } from './cost-item.entity.js';
import type { CostItemFields, CostItemRepository } from './cost-item.repository.js';
import { CostItemService } from './cost-item.service.js';
import { actorsOf, fakeBulkRunner, fakeMutations } from '../testing/fakes.js';
import type { OrganisationRepository } from '../organisation/organisation.repository.js';

const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const INITIATIVE = '33333333-3333-4333-8333-333333333333';
const ITEM = '44444444-4444-4444-8444-444444444444';
const KEY = '55555555-5555-4555-8555-555555555555';

const { owner, outsider, reader } = actorsOf(OWNER_ORG, OTHER_ORG);

/** The service on in-memory repositories: one initiative, one cost item at version 2, one key. */
function setup() {
  const initiative = { id: INITIATIVE, code: 'DEMO-X', ownerId: OWNER_ORG } as InitiativeEntity;
  const items = new Map<string, CostItemEntity>([
    [
      ITEM,
      {
        id: ITEM,
        initiativeId: INITIATIVE,
        year: 2025,
        category: 'DEVELOPMENT',
        description: 'Utvikling',
        plannedAmount: '1000.00',
        actualAmount: null,
        costSharingKeyId: null,
        fundingScheme: null,
        payingOrganisationId: null,
        externalId: 'BILAG-1',
        version: 2,
      } as unknown as CostItemEntity,
    ],
  ]);
  const writes: string[] = [];
  const itemRepository = {
    findById: (id: string) => Promise.resolve(items.get(id) ?? null),
    findByExternalId: (initiativeId: string, externalId: string) =>
      Promise.resolve(
        [...items.values()].find(
          (item) => item.initiativeId === initiativeId && item.externalId === externalId,
        ) ?? null,
      ),
    insert: (initiativeId: string, fields: CostItemFields, externalId: string | null = null) => {
      writes.push('insert');
      const id = `new-${writes.length}`;
      const item = { ...fields, id, initiativeId, externalId, version: 1 } as unknown as CostItemEntity;
      items.set(item.id, item);
      return Promise.resolve(item);
    },
    updateAtVersion: (id: string, version: number, fields: CostItemFields) => {
      const current = items.get(id)!;
      if (current.version !== version) return Promise.reject(staleVersion('Cost item', undefined, version));
      writes.push('update');
      const after = { ...current, ...fields, version: version + 1 };
      items.set(id, after);
      return Promise.resolve(after);
    },
    deleteAtVersion: (id: string, version: number) => {
      writes.push('delete');
      return Promise.resolve(items.get(id)?.version === version && items.delete(id));
    },
  } as unknown as CostItemRepository;
  const initiatives = {
    findById: (id: string) => Promise.resolve(id === INITIATIVE ? initiative : null),
  } as unknown as InitiativeRepository;
  const keys = { exists: (id: string) => Promise.resolve(id === KEY) } as unknown as CostSharingKeyRepository;
  const organisations = {
    exists: (id: string) => Promise.resolve(id === OWNER_ORG || id === OTHER_ORG),
  } as unknown as OrganisationRepository;
  const { mutations, audited, uow } = fakeMutations();
  const initiativeRules = Object.create(InitiativeService.prototype) as InitiativeService;
  const service = new CostItemService(
    itemRepository,
    initiatives,
    keys,
    organisations,
    initiativeRules,
    mutations,
    fakeBulkRunner(uow, 3),
  );
  return { service, items, writes, audited };
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

describe('CostItemService', () => {
  it('imports by externalId: new → CREATED, same values → UNCHANGED, other values → UPDATED, each audited once', async () => {
    const { service, writes, audited } = setup();
    const base = { initiativeId: INITIATIVE, year: 2025, category: 'DEVELOPMENT' as never };
    const results = await service.importMany(owner, [
      // BILAG-1 as stored: 1000.00 = "1000" as NOK, description "Utvikling".
      { ...base, externalId: 'BILAG-1', description: 'Utvikling', plannedAmount: '1000' },
      { ...base, externalId: 'BILAG-2', plannedAmount: '250.50' },
      { ...base, externalId: 'BILAG-1', description: 'Utvikling', plannedAmount: '1200.00' },
    ]);
    expect(results.map((result) => result.status)).toEqual(['UNCHANGED', 'CREATED', 'UPDATED']);
    expect(results[2].entity).toMatchObject({ id: ITEM, plannedAmount: '1200.00', version: 3 });
    expect(writes).toEqual(['insert', 'update']);
    expect(audited.map((change) => [change.operation, change.entityId])).toEqual([
      ['createCostItem', 'new-1'],
      ['updateCostItem', ITEM],
    ]);
    // A second run of the same import changes nothing.
    const again = await service.importMany(owner, [
      { ...base, externalId: 'BILAG-2', plannedAmount: '250.5' },
    ]);
    expect(again.map((result) => result.status)).toEqual(['UNCHANGED']);
    expect(writes).toHaveLength(2);
  });

  it('reports a refused import item with its error and imports the others; an outsider imports nothing', async () => {
    const { service, writes } = setup();
    const base = { initiativeId: INITIATIVE, category: 'DEVELOPMENT' as never, plannedAmount: '1.00' };
    const results = await service.importMany(owner, [
      { ...base, externalId: 'A', year: 1200 },
      { ...base, externalId: 'B', year: 2026 },
    ]);
    expect(results.map((result) => [result.status, result.error?.problems[0]?.field ?? null])).toEqual([
      ['FAILED', 'year'],
      ['CREATED', null],
    ]);
    const refused = await service.importMany(outsider, [{ ...base, externalId: 'C', year: 2026 }]);
    expect(refused[0]).toMatchObject({ status: 'FAILED', error: { code: 'FORBIDDEN' } });
    expect(writes).toEqual(['insert']);
  });

  it('refuses createCostItem with an externalId the initiative has already, naming the item', async () => {
    const { service, writes } = setup();
    const error = await refusal(
      service.create(owner, {
        initiativeId: INITIATIVE,
        year: 2025,
        category: 'DEVELOPMENT' as never,
        plannedAmount: '1.00',
        externalId: 'BILAG-1',
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions).toMatchObject({
      reason: 'COST_ITEM_EXTERNAL_ID_TAKEN',
      costItemId: ITEM,
      currentVersion: 2,
    });
    expect(writes).toEqual([]);
  });

  it('updates an item for the owner organisation and audits before and after', async () => {
    const { service, audited } = setup();
    const after = await service.update(owner, { id: ITEM, version: 2, plannedAmount: '1500.5' });
    // The amount is stored as given; the repository (numeric(15,2)) normalises it.
    expect(after).toMatchObject({ plannedAmount: '1500.5', version: 3, description: 'Utvikling' });
    expect(audited).toEqual([
      expect.objectContaining({
        operation: 'updateCostItem',
        entityType: 'CostItem',
        entityId: ITEM,
        ownerOrganisationId: OWNER_ORG,
        initiativeId: INITIATIVE,
        before: expect.objectContaining({ plannedAmount: '1000.00', version: 2 }),
        after: expect.objectContaining({ plannedAmount: '1500.5', version: 3 }),
      }),
    ]);
  });

  it.each([
    ['another organisation', outsider],
    ['a READER of the owner organisation', reader],
  ])('refuses %s and writes nothing', async (_who, who) => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.update(who, { id: ITEM, version: 2, plannedAmount: '1.00' }));
    expect(error.code).toBe('FORBIDDEN');
    expect(await refusal(service.remove(who, ITEM, 2))).toMatchObject({ code: 'FORBIDDEN' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('answers a stale version with CONFLICT naming both versions, and writes nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.update(owner, { id: ITEM, version: 1, plannedAmount: '1.00' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'Cost item was changed by someone else: you sent version 1, the current version is 2. Reload it and apply your change again.',
    );
    expect(error.extensions).toMatchObject({ currentVersion: 2, sentVersion: 1, reason: 'STALE_VERSION' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('reports every invalid field at once, with codes, and creates nothing', async () => {
    const { service, writes } = setup();
    const error = await refusal(
      service.create(owner, {
        initiativeId: INITIATIVE,
        year: 1989,
        category: 'DEVELOPMENT',
        description: 'x'.repeat(1001),
        plannedAmount: '12.345',
        costSharingKeyId: '77777777-7777-4777-8777-777777777777',
      } as never),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems).toEqual([
      {
        field: 'year',
        message: 'must be between 1990 and 2200 (got 1989)',
        reason: 'NOT_BETWEEN',
        params: { min: 1990, max: 2200, got: '1989' },
      },
      {
        field: 'description',
        message: 'must be at most 1000 characters',
        reason: 'TOO_LONG',
        params: { max: 1000 },
      },
      expect.objectContaining({ field: 'plannedAmount' }),
      {
        field: 'costSharingKeyId',
        message: 'cost-sharing key 77777777-7777-4777-8777-777777777777 does not exist',
        reason: 'COST_SHARING_KEY_MISSING',
        params: { id: '77777777-7777-4777-8777-777777777777' },
      },
    ]);
    expect(writes).toEqual([]);
  });

  it('creates an item with a known key and audits it', async () => {
    const { service, audited } = setup();
    const item = await service.create(owner, {
      initiativeId: INITIATIVE,
      year: 2026,
      category: 'OPERATIONS',
      description: '  Drift  ',
      plannedAmount: '200.00',
      costSharingKeyId: KEY,
    } as never);
    expect(item).toMatchObject({ initiativeId: INITIATIVE, description: 'Drift', costSharingKeyId: KEY });
    expect(audited.map((change) => change.operation)).toEqual(['createCostItem']);
  });

  it('names the funding source that pays an item, and whose own budget only with OWN_BUDGET', async () => {
    const { service, audited, writes } = setup();
    const item = await service.create(owner, {
      initiativeId: INITIATIVE,
      year: 2026,
      category: 'DEVELOPMENT',
      plannedAmount: '300.00',
      fundingScheme: 'OWN_BUDGET',
      payingOrganisationId: OTHER_ORG,
    } as never);
    expect(item).toMatchObject({ fundingScheme: 'OWN_BUDGET', payingOrganisationId: OTHER_ORG });
    expect(audited[0].after).toMatchObject({ fundingScheme: 'OWN_BUDGET', payingOrganisationId: OTHER_ORG });

    const grant = await refusal(
      service.update(owner, {
        id: ITEM,
        version: 2,
        fundingScheme: 'DIGIFIN',
        payingOrganisationId: OTHER_ORG,
      } as never),
    );
    expect(grant.extensions.problems).toEqual([
      {
        field: 'payingOrganisationId',
        message:
          'must be empty unless fundingScheme is OWN_BUDGET (got DIGIFIN): only an own budget belongs to an organisation',
        reason: 'PAYER_NEEDS_OWN_BUDGET',
        params: { scheme: 'DIGIFIN' },
      },
    ]);
    const unknown = await refusal(
      service.update(owner, {
        id: ITEM,
        version: 2,
        fundingScheme: 'OWN_BUDGET',
        payingOrganisationId: '77777777-7777-4777-8777-777777777777',
      } as never),
    );
    expect(unknown.extensions.problems).toEqual([
      expect.objectContaining({ field: 'payingOrganisationId', reason: 'ORGANISATION_MISSING' }),
    ]);
    expect(writes).toEqual(['insert']);

    // A grant with no organisation named is accepted.
    const updated = await service.update(owner, {
      id: ITEM,
      version: 2,
      fundingScheme: 'CO_FINANCING',
    } as never);
    expect(updated).toMatchObject({ fundingScheme: 'CO_FINANCING', version: 3 });
  });

  it('answers NOT_FOUND for an unknown item or initiative', async () => {
    const { service } = setup();
    const unknown = '88888888-8888-4888-8888-888888888888';
    expect(await refusal(service.remove(owner, unknown, 1))).toMatchObject({ code: 'NOT_FOUND' });
    const noInitiative = await refusal(
      service.create(owner, {
        initiativeId: unknown,
        year: 2026,
        category: 'OPERATIONS',
        plannedAmount: '1.00',
      } as never),
    );
    expect(noInitiative.message).toBe(`Initiative ${unknown} was not found`);
  });

  it('deletes at the version it was shown, and audits what was deleted', async () => {
    const { service, items, audited } = setup();
    expect(await service.remove(owner, ITEM, 2)).toBe(true);
    expect(items.has(ITEM)).toBe(false);
    expect(audited).toEqual([
      expect.objectContaining({ operation: 'deleteCostItem', before: expect.objectContaining({ id: ITEM }) }),
    ]);
  });
});
