import { describe, expect, it } from '@jest/globals';
import { editorFieldOf, formToSpec, isEditorField, specToForm, startingValues } from './specForm';

describe('key editor form ↔ spec', () => {
  it('builds every method from Norwegian-typed values', () => {
    expect(formToSpec({ method: 'EQUAL', driver: 'ignored', floor: '' })).toEqual({ method: 'EQUAL' });
    expect(formToSpec({ method: 'PROPORTIONAL', driver: ' population ' })).toEqual({
      method: 'PROPORTIONAL',
      driver: 'population',
    });
    expect(formToSpec({ method: 'PER_UNIT', driver: 'population', rate: '0,125' })).toEqual({
      method: 'PER_UNIT',
      driver: 'population',
      rate: '0.125',
    });
    expect(formToSpec({ method: 'FIXED_SHARES', shares: { a: '50', b: '33,3333', c: '' } })).toEqual({
      method: 'FIXED_SHARES',
      shares: { a: '50', b: '33.3333' },
    });
    expect(formToSpec({ method: 'BASE_PLUS_PROPORTIONAL', base: '5 000', driver: 'users' })).toEqual({
      method: 'BASE_PLUS_PROPORTIONAL',
      base: '5000.00',
      driver: 'users',
    });
    expect(
      formToSpec({
        method: 'BANDS',
        driver: 'population',
        bands: [
          { upTo: '10 000', fee: '10 000,00' },
          { upTo: '2,5', fee: '20000' },
          { upTo: '', fee: 'abc' },
        ],
      }),
    ).toEqual({
      method: 'BANDS',
      driver: 'population',
      bands: [{ upTo: 10000, fee: '10000.00' }, { upTo: '2.5', fee: '20000.00' }, { fee: 'abc' }],
    });
    expect(formToSpec({ method: 'FREE_THRESHOLD', driver: 'transactions', threshold: '1000' })).toEqual({
      method: 'FREE_THRESHOLD',
      driver: 'transactions',
      threshold: 1000,
    });
    expect(
      formToSpec({
        method: 'TWO_LEVEL',
        floor: '100',
        groups: [
          { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
          {
            group: 'LOCAL',
            percent: '50',
            key: { method: 'PROPORTIONAL', driver: 'population', cap: '1 000 000' },
          },
        ],
      }),
    ).toEqual({
      method: 'TWO_LEVEL',
      floor: '100.00',
      groups: [
        { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
        {
          group: 'LOCAL',
          percent: '50',
          key: { method: 'PROPORTIONAL', driver: 'population', cap: '1000000.00' },
        },
      ],
    });
  });

  it('round-trips stored specs', () => {
    const stored = {
      method: 'BANDS',
      driver: 'population',
      bands: [{ upTo: 5000, fee: '25000.00' }, { fee: '150000.00' }],
    };
    expect(formToSpec(specToForm(stored))).toEqual(stored);
    const twoLevel = {
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
        { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL', driver: 'population' } },
      ],
    };
    expect(formToSpec(specToForm(twoLevel))).toEqual(twoLevel);
  });

  it('starts a new method with example values', () => {
    expect(formToSpec({ method: 'PER_UNIT', ...startingValues('PER_UNIT', {}) })).toEqual({
      method: 'PER_UNIT',
      driver: 'population',
      rate: '20.00',
    });
  });

  it('knows which API paths have an input', () => {
    expect(isEditorField('spec.bands.1.fee')).toBe(true);
    expect(isEditorField('spec.groups.0.key.driver')).toBe(true);
    expect(isEditorField('spec.shares')).toBe(false);
    expect(editorFieldOf('total')).toBe('_preview.total');
  });
});
