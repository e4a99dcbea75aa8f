import { describe, expect, it } from '@jest/globals';
import type { CostItemEntity } from '../cost-item/cost-item.entity.js';
import type { CostSharingKeyVersionEntity } from '../cost-sharing-key/cost-sharing-key-version.entity.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import { type AllocationInputs, type KeyInUse, allocateItem, runInputsOf } from './allocation-inputs.js';
import { runInputsView } from './allocation-run-inputs.js';

const OSLO = '11111111-1111-4111-8111-111111111111';
const BERGEN = '22222222-2222-4222-8222-222222222222';

/** Two participants, 2026: Oslo 700,000 inhabitants, Bergen 300,000 (population of the run year). */
const inputs: AllocationInputs = {
  initiative: { id: 'i', code: 'DEMO-X' } as InitiativeEntity,
  year: 2026,
  participants: [
    { organisationId: BERGEN, name: 'Bergen kommune', orgNumber: '964338531', group: 'MUNICIPALITY' },
    { organisationId: OSLO, name: 'Oslo kommune', orgNumber: '974760673', group: 'MUNICIPALITY' },
  ],
  drivers: new Map(),
  populations: new Map([
    [OSLO, new Map([[2026, 700000]])],
    [BERGEN, new Map([[2026, 300000]])],
  ]),
};

const key = (id: string, spec: Record<string, unknown>, populationYear: number | null): KeyInUse => ({
  keyId: `key-${id}`,
  keyName: `Key ${id}`,
  version: {
    id: `version-${id}`,
    versionNumber: 2,
    spec,
    populationYear,
  } as unknown as CostSharingKeyVersionEntity,
});

const item = (id: string, planned: string, actual: string | null): CostItemEntity =>
  ({
    id,
    category: 'OPERATION',
    description: `Item ${id}`,
    plannedAmount: planned,
    actualAmount: actual,
  }) as unknown as CostItemEntity;

describe('the typed inputs of a run (runInputsView of what runInputsOf writes)', () => {
  const proportional = key('p', { method: 'PROPORTIONAL', driver: 'population', floor: '10.00' }, null);
  const bands = key(
    'b',
    { method: 'BANDS', driver: 'population', bands: [{ upTo: 500000, fee: '100.00' }, { fee: '300.00' }] },
    2026,
  );
  const perUnit = key('u', { method: 'PER_UNIT', driver: 'population', rate: '0.01' }, null);
  const allocations = [
    allocateItem(inputs, item('c1', '1000.00', '999.99'), proportional),
    allocateItem(inputs, item('c2', '400.00', null), bands),
    allocateItem(inputs, item('c3', '50.00', null), proportional),
    // PER_UNIT takes no total: 0.01 × (700,000 + 300,000) = 10,000.00 whatever the item's 1,000.00 or 999.99.
    allocateItem(inputs, item('c4', '1000.00', '999.99'), perUnit),
  ];
  const stored = JSON.parse(JSON.stringify(runInputsOf(allocations, inputs.participants, 'run-0'))) as Record<
    string,
    unknown
  >;

  it('carries every cost item with its amounts to the øre and its key version', () => {
    const view = runInputsView(stored);
    expect(view.costItems).toEqual([
      {
        costItemId: 'c1',
        category: 'OPERATION',
        description: 'Item c1',
        plannedAmount: '1000.00',
        actualAmount: '999.99',
        allocatedPlannedAmount: '1000.00',
        allocatedActualAmount: '999.99',
        keyId: 'key-p',
        keyName: 'Key p',
        keyVersionId: 'version-p',
        keyVersionNumber: 2,
      },
      expect.objectContaining({
        costItemId: 'c2',
        plannedAmount: '400.00',
        allocatedPlannedAmount: '400.00',
      }),
      expect.objectContaining({ costItemId: 'c3', actualAmount: null, allocatedActualAmount: null }),
      expect.objectContaining({
        costItemId: 'c4',
        plannedAmount: '1000.00',
        actualAmount: '999.99',
        allocatedPlannedAmount: '10000.00',
        allocatedActualAmount: '10000.00',
        keyVersionId: 'version-u',
      }),
    ]);
  });

  it('carries each key version once, with its typed specification and the drivers it reads', () => {
    expect(runInputsView(stored).keyVersions).toEqual([
      {
        keyId: 'key-p',
        keyName: 'Key p',
        keyVersionId: 'version-p',
        versionNumber: 2,
        populationYear: null,
        keySpec: { method: 'PROPORTIONAL', proportional: { driver: 'population' }, floor: '10.00' },
        drivers: ['population'],
      },
      {
        keyId: 'key-b',
        keyName: 'Key b',
        keyVersionId: 'version-b',
        versionNumber: 2,
        populationYear: 2026,
        keySpec: {
          method: 'BANDS',
          bands: { driver: 'population', bands: [{ upTo: '500000', fee: '100.00' }, { fee: '300.00' }] },
        },
        drivers: ['population'],
      },
      expect.objectContaining({
        keyVersionId: 'version-u',
        keySpec: { method: 'PER_UNIT', perUnit: { driver: 'population', rate: '0.01' } },
      }),
    ]);
  });

  it('carries the paying participants and the superseded run', () => {
    const view = runInputsView(stored);
    expect(view.participants).toEqual(inputs.participants);
    expect(view.supersededRunId).toBe('run-0');
  });

  it('loses no figure of the stored record: each field written has its typed place', () => {
    // The fields runInputsOf writes; a new one must be read by runInputsView (and named here).
    expect(Object.keys(stored).sort()).toEqual([
      'costItems',
      'driversUsed',
      'keyVersions',
      'participants',
      'supersededRunId',
    ]);
    expect(Object.keys((stored.costItems as object[])[0]).sort()).toEqual([
      'actualAmount',
      'allocatedActual',
      'allocatedPlanned',
      'category',
      'description',
      'id',
      'keyId',
      'keyName',
      'keyVersion',
      'keyVersionId',
      'plannedAmount',
    ]);
    expect(Object.keys((stored.keyVersions as object[])[0]).sort()).toEqual([
      'keyId',
      'keyName',
      'populationYear',
      'spec',
      'version',
      'versionId',
    ]);
    // driversUsed repeats each key version's population year and specification by version id.
    const view = runInputsView(stored);
    expect(stored.driversUsed).toEqual(
      Object.fromEntries(
        (stored.keyVersions as { versionId: string; populationYear: number | null; spec: unknown }[]).map(
          (v) => [v.versionId, { populationYear: v.populationYear, spec: v.spec }],
        ),
      ),
    );
    expect(view.keyVersions.map((v) => v.keyVersionId)).toEqual(Object.keys(stored.driversUsed as object));
  });

  it('reads a run stored without its record as empty lists', () => {
    expect(runInputsView({})).toEqual({
      costItems: [],
      keyVersions: [],
      participants: [],
      supersededRunId: null,
    });
    expect(runInputsView({ costItems: 'none', participants: [null, 3] }).participants).toEqual([]);
  });
});
