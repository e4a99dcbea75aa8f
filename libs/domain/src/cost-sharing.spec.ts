import {
  COST_SHARING_METHODS,
  CostSharingKeySpec,
  costSharingTotalRule,
  driversUsedBy,
} from './cost-sharing';

describe('cost-sharing key specifications', () => {
  it('lists the eight methods', () => {
    expect(COST_SHARING_METHODS).toEqual([
      'EQUAL',
      'PROPORTIONAL',
      'PER_UNIT',
      'FIXED_SHARES',
      'BASE_PLUS_PROPORTIONAL',
      'BANDS',
      'FREE_THRESHOLD',
      'TWO_LEVEL',
    ]);
  });

  it('says which methods need a fixed total', () => {
    expect(costSharingTotalRule('PER_UNIT')).toBe('FORBIDDEN');
    expect(costSharingTotalRule('BANDS')).toBe('OPTIONAL');
    expect(COST_SHARING_METHODS.filter((method) => costSharingTotalRule(method) === 'REQUIRED')).toEqual([
      'EQUAL',
      'PROPORTIONAL',
      'FIXED_SHARES',
      'BASE_PLUS_PROPORTIONAL',
      'FREE_THRESHOLD',
      'TWO_LEVEL',
    ]);
  });

  it('names the drivers a key reads, once each', () => {
    const key: CostSharingKeySpec = {
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: '40', key: { method: 'FIXED_SHARES', shares: { '991825827': '100' } } },
        { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL', driver: 'population' } },
        {
          group: 'REGIONAL',
          percent: '10',
          key: { method: 'FREE_THRESHOLD', driver: 'population', threshold: 0 },
        },
      ],
    };
    expect(driversUsedBy(key)).toEqual(['population']);
    expect(driversUsedBy({ method: 'EQUAL' })).toEqual([]);
    expect(driversUsedBy({ method: 'PER_UNIT', driver: 'users', rate: '1.00' })).toEqual(['users']);
  });
});
