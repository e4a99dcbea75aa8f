import { allocate } from './allocate';
import { type ComparedOrganisation, compareKeys, perInhabitant } from './compare-keys';
import { CostModelError } from './errors';

// A (1,000 inhabitants) and B (3,000) are municipalities in county 46; C is a state agency (no population,
// no county). No organisation numbers are given, so equal remainders go to the smaller id (A first).
const participants = [
  { id: 'A', drivers: { population: 1000 } },
  { id: 'B', drivers: { population: 3000 } },
  { id: 'C', drivers: { population: 0 } },
];
const organisations: ComparedOrganisation[] = [
  { id: 'A', population: 1000, level: 'LOCAL', county: '46' },
  { id: 'B', population: 3000, level: 'LOCAL', county: '46' },
  { id: 'C', population: null, level: 'CENTRAL', county: null },
];
const equal = (total: string) => allocate(total, participants, { method: 'EQUAL' });
const fixed = (total: string) =>
  allocate(total, participants, { method: 'FIXED_SHARES', shares: { A: '50', B: '30', C: '20' } });

describe('compareKeys', () => {
  // NOK 100.00, reference EQUAL: 100.00 / 3 = 33.3333…; rounded down 3 × 33.33 = 99.99, the øre left goes
  // to the smallest id: A 33.34, B 33.33, C 33.33. FIXED_SHARES 50/30/20: A 50.00, B 30.00, C 20.00.
  const result = compareKeys([[equal('100.00')], [fixed('100.00')]], 0, organisations);

  it('gives each organisation its amount under each key and the difference from the reference', () => {
    expect(result.totals).toEqual(['100.00', '100.00']);
    expect(result.rows).toEqual([
      {
        organisationId: 'A',
        amounts: ['33.34', '50.00'],
        // 50.00 − 33.34 = 16.66; per inhabitant 1,666 øre / 1,000 = 1.666 øre → 2 øre = 0.02
        differences: ['0.00', '16.66'],
        differencesPerInhabitant: ['0.00', '0.02'],
        outcomes: ['REFERENCE', 'LOSES'],
      },
      {
        organisationId: 'B',
        amounts: ['33.33', '30.00'],
        // 30.00 − 33.33 = −3.33; per inhabitant −333 / 3,000 = −0.111 øre → 0.00
        differences: ['0.00', '-3.33'],
        differencesPerInhabitant: ['0.00', '0.00'],
        outcomes: ['REFERENCE', 'GAINS'],
      },
      {
        organisationId: 'C',
        amounts: ['33.33', '20.00'],
        // 20.00 − 33.33 = −13.33; no population, so no amount per inhabitant
        differences: ['0.00', '-13.33'],
        differencesPerInhabitant: [null, null],
        outcomes: ['REFERENCE', 'GAINS'],
      },
    ]);
  });

  it('counts and sums gainers and losers by administrative level and by county', () => {
    expect(result.byLevel).toEqual([
      // CENTRAL: C gains 13.33
      {
        keyIndex: 1,
        group: 'CENTRAL',
        organisations: 1,
        gainers: 1,
        gainersSum: '-13.33',
        losers: 0,
        losersSum: '0.00',
        unchanged: 0,
        net: '-13.33',
      },
      // LOCAL: B gains 3.33, A loses 16.66; net −3.33 + 16.66 = 13.33 (= what C no longer pays)
      {
        keyIndex: 1,
        group: 'LOCAL',
        organisations: 2,
        gainers: 1,
        gainersSum: '-3.33',
        losers: 1,
        losersSum: '16.66',
        unchanged: 0,
        net: '13.33',
      },
    ]);
    // Counties: 46 (A and B) first, then the organisations in no county (C) last.
    expect(result.byCounty.map((g) => [g.group, g.gainers, g.losers, g.net])).toEqual([
      ['46', 1, 1, '13.33'],
      [null, 1, 0, '-13.33'],
    ]);
  });

  it('takes any key as the reference', () => {
    const reversed = compareKeys([[equal('100.00')], [fixed('100.00')]], 1, organisations);
    // A: 33.34 − 50.00 = −16.66 (gains against the fixed shares); C: 33.33 − 20.00 = 13.33 (loses)
    expect(reversed.rows.map((r) => [r.differences[0], r.outcomes[0]])).toEqual([
      ['-16.66', 'GAINS'],
      ['3.33', 'LOSES'],
      ['13.33', 'LOSES'],
    ]);
    expect(reversed.byLevel.every((g) => g.keyIndex === 0)).toBe(true);
  });

  it('adds a key’s allocations item by item, as a run stores them (not the split of the sum)', () => {
    // Two cost items of 1.00 and 2.00 split equally: 1.00 → A 0.34, B 0.33, C 0.33; 2.00 → 200 / 3 =
    // 66.67 øre, rounded down 3 × 66 = 198, the 2 øre left to A and B: A 0.67, B 0.67, C 0.66. Sums: A 1.01,
    // B 1.00, C 0.99 — splitting 3.00 at once would give 1.00 each.
    const byItems = compareKeys([[equal('1.00'), equal('2.00')], [equal('3.00')]], 1, organisations);
    expect(byItems.rows.map((r) => r.amounts)).toEqual([
      ['1.01', '1.00'],
      ['1.00', '1.00'],
      ['0.99', '1.00'],
    ]);
    expect(byItems.rows.map((r) => r.outcomes[0])).toEqual(['LOSES', 'UNCHANGED', 'GAINS']);
    expect(byItems.byCounty[0]).toMatchObject({ group: '46', gainers: 0, losers: 1, unchanged: 1 });
  });

  it('shows a key that does not fix the total with its own total', () => {
    // PER_UNIT NOK 0.01 per inhabitant: A 10.00, B 30.00, C 0.00 = 40.00 against the equal split's 100.00.
    const perUnit = allocate(null, participants, { method: 'PER_UNIT', driver: 'population', rate: '0.01' });
    const compared = compareKeys([[equal('100.00')], [perUnit]], 0, organisations);
    expect(compared.totals).toEqual(['100.00', '40.00']);
    // differences: A 10.00 − 33.34 = −23.34; B 30.00 − 33.33 = −3.33; C −33.33: sum −60.00 = 40.00 − 100.00
    expect(compared.rows.map((r) => r.differences[1])).toEqual(['-23.34', '-3.33', '-33.33']);
  });

  it.each([
    // øre / inhabitants rounded half away from zero to whole øre
    [15n, 2, '0.08'], // 7.5 øre → 8
    [-15n, 2, '-0.08'], // −7.5 øre → −8
    [13n, 4, '0.03'], // 3.25 øre → 3
    [-14n, 4, '-0.04'], // −3.5 øre → −4
    [-1n, 3, '0.00'], // −0.33 øre → 0
    [123456n, 1000, '1.23'], // 123.456 øre → 123
    [100n, 0, null], // no inhabitants
    [100n, null, null],
  ])('difference of %s øre over %s inhabitants is %s NOK each', (ore, population, expected) => {
    expect(perInhabitant(ore, population)).toBe(expected);
  });

  it('refuses one key, six keys, a reference outside the keys and lines of others', () => {
    const one = [equal('1.00')];
    const problem = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(CostModelError);
        return (error as CostModelError).problem;
      }
      throw new Error('no error');
    };
    expect(problem(() => compareKeys([one], 0, organisations))).toEqual({
      code: 'KEY_COMPARISON_COUNT',
      params: { min: 2, max: 5, got: 1 },
    });
    expect(problem(() => compareKeys([one, one, one, one, one, one], 0, organisations))).toMatchObject({
      code: 'KEY_COMPARISON_COUNT',
      params: { got: 6 },
    });
    expect(problem(() => compareKeys([one, one], 2, organisations))).toEqual({
      code: 'KEY_COMPARISON_REFERENCE',
      params: { max: 1, got: '2' },
    });
    expect(problem(() => compareKeys([one, one], 0, organisations.slice(0, 2)))).toEqual({
      code: 'KEY_COMPARISON_LINES',
      params: { key: 0 },
    });
    expect(
      problem(() =>
        compareKeys(
          [one, [allocate('1.00', participants.slice(0, 2), { method: 'EQUAL' })]],
          0,
          organisations,
        ),
      ),
    ).toEqual({ code: 'KEY_COMPARISON_LINES', params: { key: 1 } });
  });
});
