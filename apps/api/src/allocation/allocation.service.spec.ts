import { AppError } from '../common/errors.js';
import type { CostItemEntity } from '../cost-item/cost-item.entity.js';
import type { CostItemRepository } from '../cost-item/cost-item.repository.js';
import type { CostSharingKeyVersionEntity } from '../cost-sharing-key/cost-sharing-key-version.entity.js';
import type { CostSharingKeyEntity } from '../cost-sharing-key/cost-sharing-key.entity.js';
import type { CostSharingKeyRepository } from '../cost-sharing-key/cost-sharing-key.repository.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import type { InitiativeRepository } from '../initiative/initiative.repository.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import type { ParticipantRepository } from '../initiative/participant.repository.js';
import type { OrganisationRepository } from '../organisation/organisation.repository.js';
import type { AllocationDriverRepository } from './allocation-driver.repository.js';
import type { RunLine } from './allocation-inputs.js';
import type { AllocationRunEntity } from './allocation-run.entity.js';
import type { AllocationRunRepository, NewRun } from './allocation-run.repository.js';
import { AllocationService } from './allocation.service.js';
import { actorsOf, fakeMutations } from '../testing/fakes.js';

const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const INITIATIVE = '33333333-3333-4333-8333-333333333333';
const KEY = '44444444-4444-4444-8444-444444444444';
const CURRENT_RUN = '55555555-5555-4555-8555-555555555555';
const OUTSIDER_ORG = '77777777-7777-4777-8777-777777777777';

const { owner, outsider } = actorsOf(OWNER_ORG, OUTSIDER_ORG);

/**
 * The service on in-memory repositories: DEMO-X, owned by OWNER_ORG, shares its one 2026 cost item of
 * NOK 100.00 equally between its two paying participants; a current run of 2026 exists.
 */
function setup(spec: Record<string, unknown> = { method: 'EQUAL' }) {
  const initiative = {
    id: INITIATIVE,
    code: 'DEMO-X',
    ownerId: OWNER_ORG,
    ministryId: OTHER_ORG,
    costSharingKeyId: KEY,
  } as InitiativeEntity;
  const item = {
    id: '88888888-8888-4888-8888-888888888888',
    initiativeId: INITIATIVE,
    year: 2026,
    category: 'OPERATION',
    description: 'Drift',
    plannedAmount: '100.00',
    actualAmount: null,
    costSharingKeyId: null,
    version: 3,
  } as unknown as CostItemEntity;
  const current = {
    id: CURRENT_RUN,
    initiativeId: INITIATIVE,
    year: 2026,
    createdAt: new Date('2026-11-23T09:15:00.000Z'),
  } as AllocationRunEntity;
  const writes: string[] = [];
  const stored: { run?: NewRun; lines?: readonly RunLine[] } = {};
  const participants = {
    payingWithGroups: () =>
      Promise.resolve([
        { organisation_id: OWNER_ORG, name: 'Eier', org_number: '111111111', grp: 'STATE' },
        { organisation_id: OTHER_ORG, name: 'Departement', org_number: '222222222', grp: 'STATE' },
      ]),
    organisationIds: () => Promise.resolve(new Set([OWNER_ORG, OTHER_ORG])),
  } as unknown as ParticipantRepository;
  const organisations = { populationsOf: () => Promise.resolve([]) } as unknown as OrganisationRepository;
  const runs = {
    current: () => Promise.resolve(current),
    // transactions: OWNER_ORG 100, OTHER_ORG 300 (read only by a key that names the driver)
    driverValues: () =>
      Promise.resolve([
        { organisation_id: OWNER_ORG, driver: 'transactions', value: '100' },
        { organisation_id: OTHER_ORG, driver: 'transactions', value: '300' },
      ]),
    supersede: (id: string) => (writes.push(`supersede ${id}`), Promise.resolve()),
    insert: (run: NewRun, lines: readonly RunLine[]) => {
      writes.push('insert');
      Object.assign(stored, { run, lines });
      return Promise.resolve({ ...run, status: 'CURRENT' } as unknown as AllocationRunEntity);
    },
  } as unknown as AllocationRunRepository;
  const drivers = {
    values: () => Promise.resolve([]),
    upsert: () => (writes.push('upsert'), Promise.resolve()),
    ofDriver: () => Promise.resolve([]),
  } as unknown as AllocationDriverRepository;
  const initiatives = {
    findById: (id: string) => Promise.resolve(id === INITIATIVE ? initiative : null),
    findByIdForUpdate: (id: string) => Promise.resolve(id === INITIATIVE ? initiative : null),
  } as unknown as InitiativeRepository;
  const costItems = {
    ofYear: (_id: string, year: number) => Promise.resolve(year === 2026 ? [item] : []),
    updateAtVersion: (id: string, version: number, fields: Partial<CostItemEntity>) => {
      writes.push(`cost item ${id} v${version} planned ${fields.plannedAmount}`);
      return Promise.resolve({ ...item, ...fields, version: version + 1 });
    },
  } as unknown as CostItemRepository;
  const keys = {
    currentVersions: () =>
      Promise.resolve({
        keys: [{ id: KEY, name: 'Lik deling' } as CostSharingKeyEntity],
        versions: [
          {
            id: '99999999-9999-4999-8999-999999999999',
            keyId: KEY,
            versionNumber: 1,
            spec,
            populationYear: null,
            validFrom: null,
            validTo: null,
          } as unknown as CostSharingKeyVersionEntity,
        ],
      }),
  } as unknown as CostSharingKeyRepository;
  const { mutations, audited } = fakeMutations();
  const initiativeRules = Object.create(InitiativeService.prototype) as InitiativeService;
  const service = new AllocationService(
    runs,
    drivers,
    initiatives,
    costItems,
    participants,
    organisations,
    keys,
    initiativeRules,
    mutations,
  );
  return { service, writes, audited, stored };
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

describe('AllocationService', () => {
  it('runs the year, supersedes the current run and audits the totals', async () => {
    const { service, writes, audited, stored } = setup();
    await service.run(owner, INITIATIVE, 2026, CURRENT_RUN);
    expect(writes).toEqual([`supersede ${CURRENT_RUN}`, 'insert']);
    expect(stored.lines?.map((line) => [line.organisationId, line.planned])).toEqual([
      [OWNER_ORG, '50.00'],
      [OTHER_ORG, '50.00'],
    ]);
    expect(audited).toEqual([
      {
        operation: 'runAllocation',
        entityType: 'AllocationRun',
        entityId: stored.run!.id,
        ownerOrganisationId: OWNER_ORG,
        initiativeId: INITIATIVE,
        before: { currentRunId: CURRENT_RUN },
        after: {
          id: stored.run!.id,
          initiativeId: INITIATIVE,
          year: 2026,
          plannedTotal: '100.00',
          actualTotal: null,
          lineCount: 2,
          // EQUAL splits exactly the 100.00 cost item: difference 0
          costItemAmount: '100.00',
          difference: '0.00',
          reconciliation: 'REQUIRE_EXACT',
        },
      },
    ]);
  });

  // NOK 0.50 per transaction: 0.50 × 100 = 50.00 and 0.50 × 300 = 150.00, together 200.00 against the
  // 100.00 cost item; difference 100.00 − 200.00 = −100.00.
  const PER_TRANSACTION = { method: 'PER_UNIT', driver: 'transactions', rate: '0.50' };

  it('refuses a per-unit run that does not reconcile without a choice, and stores nothing', async () => {
    const { service, writes, audited } = setup(PER_TRANSACTION);
    const error = await refusal(service.run(owner, INITIATIVE, 2026, CURRENT_RUN));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems).toMatchObject([
      {
        field: 'reconciliation',
        reason: 'ALLOCATION_DIFFERENCE',
        params: {
          costItemAmount: '100.00',
          allocatedTotal: '200.00',
          difference: '-100.00',
          items: ['Drift'],
        },
      },
    ]);
    expect(error.message).toContain('SET_COST_ITEM_FROM_KEY');
    expect(error.message).toContain('ACCEPT_DIFFERENCE');
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('SET_COST_ITEM_FROM_KEY sets the cost item to 200.00 first, audited, and the run reconciles', async () => {
    const { service, writes, audited, stored } = setup(PER_TRANSACTION);
    await service.run(owner, INITIATIVE, 2026, CURRENT_RUN, 'SET_COST_ITEM_FROM_KEY' as never);
    expect(writes).toEqual([
      'cost item 88888888-8888-4888-8888-888888888888 v3 planned 200.00',
      `supersede ${CURRENT_RUN}`,
      'insert',
    ]);
    expect(stored.run).toMatchObject({
      plannedTotal: '200.00',
      costItemAmount: '200.00',
      difference: '0.00',
      reconciliation: 'SET_COST_ITEM_FROM_KEY',
    });
    expect((stored.run!.inputs.costItems as { plannedAmount: string }[])[0].plannedAmount).toBe('200.00');
    expect(audited.map((change) => [change.operation, change.entityType])).toEqual([
      ['updateCostItem', 'CostItem'],
      ['runAllocation', 'AllocationRun'],
    ]);
    expect(audited[0].before).toMatchObject({ plannedAmount: '100.00', version: 3 });
    expect(audited[0].after).toMatchObject({ plannedAmount: '200.00', setFromKeyByRunId: stored.run!.id });
  });

  it('ACCEPT_DIFFERENCE records −100.00 on the run and leaves the cost item', async () => {
    const { service, writes, audited, stored } = setup(PER_TRANSACTION);
    await service.run(owner, INITIATIVE, 2026, CURRENT_RUN, 'ACCEPT_DIFFERENCE' as never);
    expect(writes).toEqual([`supersede ${CURRENT_RUN}`, 'insert']);
    expect(stored.run).toMatchObject({
      plannedTotal: '200.00',
      costItemAmount: '100.00',
      difference: '-100.00',
      reconciliation: 'ACCEPT_DIFFERENCE',
    });
    expect(audited.map((change) => change.operation)).toEqual(['runAllocation']);
    expect(audited[0].after).toMatchObject({ difference: '-100.00', reconciliation: 'ACCEPT_DIFFERENCE' });
  });

  it('refuses another organisation and stores nothing', async () => {
    const { service, writes, audited } = setup();
    expect(await refusal(service.run(outsider, INITIATIVE, 2026))).toMatchObject({ code: 'FORBIDDEN' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('answers CONFLICT when another run became current since the caller looked, and stores nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.run(owner, INITIATIVE, 2026, null));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      `Another allocation run (${CURRENT_RUN}, 2026-11-23T09:15:00.000Z) is now the current one for DEMO-X 2026: reload and run again`,
    );
    expect(error.extensions).toMatchObject({ reason: 'RUN_SUPERSEDED_MEANWHILE', currentRunId: CURRENT_RUN });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('refuses a year without cost items, naming the field', async () => {
    const { service, writes } = setup();
    const error = await refusal(service.run(owner, INITIATIVE, 2027));
    expect(error.extensions.problems).toEqual([
      {
        field: 'year',
        message: 'DEMO-X has no cost items in 2027: nothing to allocate',
        reason: 'NO_COST_ITEMS_TO_ALLOCATE',
        params: { initiative: 'DEMO-X', year: 2027 },
      },
    ]);
    expect(writes).toEqual([]);
  });

  it('reports every invalid driver entry at once, with codes, before reading anything', async () => {
    const { service, writes } = setup();
    const error = await refusal(
      service.setDrivers(owner, {
        initiativeId: INITIATIVE,
        year: 2026,
        driver: 'population',
        values: [
          { organisationId: OWNER_ORG, value: '-1' },
          { organisationId: OWNER_ORG, value: '2' },
        ],
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(
      (error.extensions.problems as { field: string; reason: string }[]).map((p) => [p.field, p.reason]),
    ).toEqual([
      ['driver', 'POPULATION_NOT_ENTERED'],
      ['values[0].value', 'DRIVER_VALUE_FORMAT'],
      ['values[1].organisationId', 'LISTED_TWICE'],
    ]);
    expect(writes).toEqual([]);
  });

  it('refuses values of an organisation that does not take part, and writes nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(
      service.setDrivers(owner, {
        initiativeId: INITIATIVE,
        year: 2026,
        driver: 'transactions',
        values: [{ organisationId: OUTSIDER_ORG, value: '10' }],
      }),
    );
    expect(error.extensions.problems).toEqual([
      {
        field: 'values[0].organisationId',
        message: `organisation ${OUTSIDER_ORG} does not take part in DEMO-X`,
        reason: 'NOT_PARTICIPATING',
        params: { organisationId: OUTSIDER_ORG, initiative: 'DEMO-X' },
      },
    ]);
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('enters driver values and audits them', async () => {
    const { service, writes, audited } = setup();
    await service.setDrivers(owner, {
      initiativeId: INITIATIVE,
      year: 2026,
      driver: 'transactions',
      source: 'SSB',
      values: [{ organisationId: OTHER_ORG, value: '10' }],
    });
    expect(writes).toEqual(['upsert']);
    expect(audited).toEqual([
      expect.objectContaining({
        operation: 'setAllocationDrivers',
        entityType: 'Initiative',
        entityId: INITIATIVE,
        before: { drivers: [] },
        after: {
          year: 2026,
          driver: 'transactions',
          values: [{ organisationId: OTHER_ORG, value: '10' }],
          source: 'SSB',
        },
      }),
    ]);
  });
});
