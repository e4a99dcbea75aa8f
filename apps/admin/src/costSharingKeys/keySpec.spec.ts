import { describe, expect, it } from '@jest/globals';
import { COST_SHARING_METHODS } from '@gevinst/domain';
import { toKeyRecord } from '../dataProvider/handlers/costSharingKeys';
import { type KeySpecOutput, specOfKeySpec } from './keySpec';

const none = {
  floorAmount: null,
  capAmount: null,
  proportional: null,
  perUnit: null,
  fixedShares: null,
  basePlusProportional: null,
  bands: null,
  freeThreshold: null,
  twoLevel: null,
};

/** Per method: the KeySpec as the API answers it (every other sub-object null) and the JSON the editor edits. */
const EXAMPLES: [KeySpecOutput, Record<string, unknown>][] = [
  [
    { ...none, method: 'EQUAL', floorAmount: '1000.00', capAmount: '50000.00' },
    { method: 'EQUAL', floor: '1000.00', cap: '50000.00' },
  ],
  [
    { ...none, method: 'PROPORTIONAL', proportional: { driver: 'population' } },
    { method: 'PROPORTIONAL', driver: 'population' },
  ],
  [
    { ...none, method: 'PER_UNIT', perUnit: { driver: 'population', rate: '20.125' } },
    { method: 'PER_UNIT', driver: 'population', rate: '20.125' },
  ],
  [
    {
      ...none,
      method: 'FIXED_SHARES',
      fixedShares: {
        shares: [
          { participantId: 'b', percent: '40' },
          { participantId: 'a', percent: '60' },
        ],
      },
    },
    { method: 'FIXED_SHARES', shares: { b: '40', a: '60' } },
  ],
  [
    {
      ...none,
      method: 'BASE_PLUS_PROPORTIONAL',
      basePlusProportional: { baseAmount: '5000.00', driver: 'users' },
      capAmount: '9000.00',
    },
    { method: 'BASE_PLUS_PROPORTIONAL', base: '5000.00', driver: 'users', cap: '9000.00' },
  ],
  [
    {
      ...none,
      method: 'BANDS',
      bands: {
        driver: 'population',
        bands: [
          { upTo: '10000', feeAmount: '100.00' },
          { upTo: null, feeAmount: '200.00' },
        ],
      },
    },
    { method: 'BANDS', driver: 'population', bands: [{ upTo: '10000', fee: '100.00' }, { fee: '200.00' }] },
  ],
  [
    { ...none, method: 'FREE_THRESHOLD', freeThreshold: { driver: 'population', threshold: '2500' } },
    { method: 'FREE_THRESHOLD', driver: 'population', threshold: '2500' },
  ],
  [
    {
      ...none,
      method: 'TWO_LEVEL',
      floorAmount: '10.00',
      twoLevel: {
        groups: [
          { group: 'CENTRAL', percent: '40', key: { ...none, method: 'EQUAL' } },
          {
            group: 'LOCAL',
            percent: '60',
            key: {
              ...none,
              method: 'PROPORTIONAL',
              proportional: { driver: 'population' },
              capAmount: '5.00',
            },
          },
        ],
      },
    },
    {
      method: 'TWO_LEVEL',
      floor: '10.00',
      groups: [
        { group: 'CENTRAL', percent: '40', key: { method: 'EQUAL' } },
        { group: 'LOCAL', percent: '60', key: { method: 'PROPORTIONAL', driver: 'population', cap: '5.00' } },
      ],
    },
  ],
];

describe('the typed key specification → the JSON the key editor edits', () => {
  it.each(EXAMPLES.map(([keySpec, spec]) => [keySpec.method, keySpec, spec] as const))(
    'reads %s',
    (_method, keySpec, spec) => {
      expect(specOfKeySpec(keySpec)).toEqual(spec);
    },
  );

  it('has an example of every method', () => {
    expect(EXAMPLES.map(([keySpec]) => keySpec.method).sort()).toEqual([...COST_SHARING_METHODS].sort());
  });
});

describe('the key editor’s record (toKeyRecord)', () => {
  it('reads the current and every version’s rules from keySpec', () => {
    const version = (id: string, keySpec: KeySpecOutput) => ({
      id,
      versionNumber: Number(id),
      populationYear: null,
      validFrom: null,
      validTo: null,
      createdAt: '2026-12-06T10:00:00.000Z',
      keySpec: keySpec as never,
    });
    const current = version('2', { ...none, method: 'PROPORTIONAL', proportional: { driver: 'population' } });
    const record = toKeyRecord({
      id: 'k',
      name: 'Innbyggertall',
      description: '',
      currentVersion: 2,
      version: 2,
      isDemo: false,
      updatedAt: '2026-12-06T10:00:00.000Z',
      ownerOrganisation: { id: 'o', name: 'KS' },
      current,
      versions: [current, version('1', { ...none, method: 'EQUAL', capAmount: '100.00' })],
    });
    expect(record).toMatchObject({
      method: 'PROPORTIONAL',
      spec: { method: 'PROPORTIONAL', driver: 'population' },
      ownerOrganisationId: 'o',
    });
    expect(record.versions?.map((each) => each.spec)).toEqual([
      { method: 'PROPORTIONAL', driver: 'population' },
      { method: 'EQUAL', cap: '100.00' },
    ]);
  });
});
