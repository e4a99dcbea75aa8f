import { describe, expect, it } from '@jest/globals';
import { COST_SHARING_METHODS, type CostSharingMethod } from '@gevinst/domain';
import { isCostModelError } from './errors';
import { parseKeySpec } from './key-spec-schema';
import { type TaggedKeySpec, keySpecJson, parseTaggedKeySpec, taggedKeySpecOf } from './key-spec-input';

/** The problems ("path: problem", English) of a tagged key the parser refuses. */
function problems(input: Parameters<typeof parseTaggedKeySpec>[0]): string[] {
  try {
    parseTaggedKeySpec(input);
  } catch (error) {
    if (isCostModelError(error)) return (error.issues ?? []).map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error('accepted');
}

describe('the typed key specification', () => {
  it('turns each method with its own sub-input into the JSON specification', () => {
    expect(parseTaggedKeySpec({ method: 'EQUAL', floor: '1000.00' })).toEqual({
      method: 'EQUAL',
      floor: '1000.00',
    });
    expect(
      parseTaggedKeySpec({ method: 'PER_UNIT', perUnit: { driver: 'population', rate: '20.00' } }),
    ).toEqual({
      method: 'PER_UNIT',
      driver: 'population',
      rate: '20.00',
    });
    // 60 + 40 = 100: the shares add up.
    expect(
      parseTaggedKeySpec({
        method: 'FIXED_SHARES',
        fixedShares: {
          shares: [
            { participantId: 'a', percent: '60' },
            { participantId: 'b', percent: '40' },
          ],
        },
      }),
    ).toEqual({ method: 'FIXED_SHARES', shares: { a: '60', b: '40' } });
    expect(
      keySpecJson({
        method: 'BANDS',
        bands: {
          driver: 'population',
          bands: [
            { upTo: '10000', fee: '100.00' },
            { upTo: null, fee: '200.00' },
          ],
        },
      }),
    ).toEqual({
      method: 'BANDS',
      driver: 'population',
      bands: [{ upTo: '10000', fee: '100.00' }, { fee: '200.00' }],
    });
  });

  it('nests the group keys of TWO_LEVEL (50 + 50 = 100)', () => {
    expect(
      parseTaggedKeySpec({
        method: 'TWO_LEVEL',
        twoLevel: {
          groups: [
            { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
            {
              group: 'LOCAL',
              percent: '50',
              key: { method: 'PROPORTIONAL', proportional: { driver: 'population' } },
            },
          ],
        },
      }),
    ).toEqual({
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
        { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL', driver: 'population' } },
      ],
    });
  });

  it('requires the sub-input of the method', () => {
    expect(problems({ method: 'PER_UNIT' })).toEqual(['perUnit: required for PER_UNIT: give perUnit']);
  });

  it('refuses a sub-input of another method, also inside a group', () => {
    expect(problems({ method: 'EQUAL', perUnit: { driver: 'population', rate: '20.00' } })).toEqual([
      'perUnit: belongs to another method: give only the sub-input of EQUAL',
    ]);
    expect(
      problems({
        method: 'TWO_LEVEL',
        twoLevel: {
          groups: [
            {
              group: 'LOCAL',
              percent: '100',
              key: { method: 'PROPORTIONAL', bands: { driver: 'x', bands: [] } },
            },
          ],
        },
      }),
    ).toEqual([
      'twoLevel.groups[0].key.proportional: required for PROPORTIONAL: give proportional',
      'twoLevel.groups[0].key.bands: belongs to another method: give only the sub-input of PROPORTIONAL',
    ]);
  });

  it('refuses the same participant twice in fixed shares', () => {
    expect(
      problems({
        method: 'FIXED_SHARES',
        fixedShares: {
          shares: [
            { participantId: 'a', percent: '50' },
            { participantId: 'a', percent: '50' },
          ],
        },
      }),
    ).toEqual(['fixedShares.shares[1].participantId: the same participant is given more than once']);
  });

  it('applies the rules of the JSON specification once the tagging is right', () => {
    // 60 + 30 = 90, not 100.
    const found = problems({
      method: 'FIXED_SHARES',
      fixedShares: {
        shares: [
          { participantId: 'a', percent: '60' },
          { participantId: 'b', percent: '30' },
        ],
      },
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^shares: .*100/);
  });
});

/** One typed key per method, each with every optional part it can carry (floor, cap, an open last band). */
const EVERY_METHOD: Record<CostSharingMethod, TaggedKeySpec> = {
  EQUAL: { method: 'EQUAL', floor: '1000.00', cap: '50000.00' },
  PROPORTIONAL: { method: 'PROPORTIONAL', proportional: { driver: 'population' }, cap: '9000.50' },
  PER_UNIT: { method: 'PER_UNIT', perUnit: { driver: 'population', rate: '20.125' } },
  FIXED_SHARES: {
    method: 'FIXED_SHARES',
    fixedShares: {
      shares: [
        { participantId: 'b', percent: '33.5' },
        { participantId: 'a', percent: '66.5' },
      ],
    },
  },
  BASE_PLUS_PROPORTIONAL: {
    method: 'BASE_PLUS_PROPORTIONAL',
    basePlusProportional: { base: '5000.00', driver: 'users' },
    floor: '6000.00',
  },
  BANDS: {
    method: 'BANDS',
    bands: {
      driver: 'population',
      bands: [{ upTo: '10000', fee: '100.00' }, { upTo: '50000.5', fee: '200.00' }, { fee: '300.00' }],
    },
  },
  FREE_THRESHOLD: { method: 'FREE_THRESHOLD', freeThreshold: { driver: 'population', threshold: '2500' } },
  TWO_LEVEL: {
    method: 'TWO_LEVEL',
    twoLevel: {
      groups: [
        { group: 'CENTRAL', percent: '40', key: { method: 'EQUAL', cap: '100.00' } },
        {
          group: 'LOCAL',
          percent: '60',
          key: {
            method: 'BANDS',
            bands: { driver: 'population', bands: [{ upTo: '5000', fee: '1.00' }, { fee: '2.00' }] },
          },
        },
      ],
    },
    floor: '10.00',
  },
};

describe('the typed key specification of a JSON one (taggedKeySpecOf, the typed output)', () => {
  it.each(COST_SHARING_METHODS)('gives back the typed input of %s: typed → JSON → typed', (method) => {
    const typed = EVERY_METHOD[method];
    expect(typed.method).toBe(method);
    expect(taggedKeySpecOf(parseTaggedKeySpec(typed))).toEqual(typed);
  });

  it('covers every method with an example (a new method needs one here)', () => {
    expect(Object.keys(EVERY_METHOD).sort()).toEqual([...COST_SHARING_METHODS].sort());
  });

  it('gives back the JSON specification it was read from: JSON → typed → JSON', () => {
    for (const typed of Object.values(EVERY_METHOD)) {
      const json = keySpecJson(typed);
      expect(keySpecJson(taggedKeySpecOf(parseKeySpec(json)))).toEqual(json);
    }
  });

  it('writes band bounds and thresholds stored as JSON numbers as decimal text', () => {
    expect(
      taggedKeySpecOf({
        method: 'BANDS',
        driver: 'population',
        bands: [{ upTo: 10000, fee: '100.00' }, { fee: '200.00' }],
      }),
    ).toEqual({
      method: 'BANDS',
      bands: { driver: 'population', bands: [{ upTo: '10000', fee: '100.00' }, { fee: '200.00' }] },
    });
    expect(taggedKeySpecOf({ method: 'FREE_THRESHOLD', driver: 'population', threshold: 2.5 })).toEqual({
      method: 'FREE_THRESHOLD',
      freeThreshold: { driver: 'population', threshold: '2.5' },
    });
  });

  it('keeps the participants of fixed shares in the order the specification lists them', () => {
    expect(
      taggedKeySpecOf({ method: 'FIXED_SHARES', shares: { z: '10', a: '90' } }).fixedShares?.shares.map(
        (share) => share.participantId,
      ),
    ).toEqual(['z', 'a']);
  });
});
