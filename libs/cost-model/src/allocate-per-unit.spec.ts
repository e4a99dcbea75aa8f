import { allocate } from './allocate';
import { amountsById } from '../testing/helpers';
import { counties, municipalityParticipants } from '../testing/reference-data';

describe('PER_UNIT: DigiFin rates on the population of 1 January 2024', () => {
  it('NOK 20 per inhabitant across all 357 municipalities totals NOK 111,004,060.00', () => {
    // Σ population = 5 550 203 (SSB: Norway's population at the start of 2024); 20 × 5 550 203 = 111 004 060.
    // Oslo: 20 × 717 710 = 14 354 200.00; Utsira (the smallest): 20 × 215 = 4 300.00.
    const result = allocate(null, municipalityParticipants(), {
      method: 'PER_UNIT',
      driver: 'population',
      rate: '20.00',
    });
    expect(result.total).toBe('111004060.00');
    const amounts = amountsById(result);
    expect(amounts['0301']).toBe('14354200.00');
    expect(amounts['4601']).toBe('5838800.00'); // Bergen: 20 × 291 940
    expect(amounts['1151']).toBe('4300.00');
    const oslo = result.lines.find((line) => line.participantId === '0301');
    expect(oslo?.explanation).toBe('population 717710 × NOK 20.00 per unit = NOK 14354200.00.');
    // share: 14 354 200 / 111 004 060 = 717 710 / 5 550 203 = 0.129312387…
    expect(oslo?.share).toBe('0.1293123873');
  });

  it('NOK 5 per inhabitant across the 14 county authorities totals NOK 24,162,465.00', () => {
    // Oslo (03) has no county authority of its own: 15 counties − Oslo = 14 county authorities,
    // Σ population 5 550 203 − 717 710 = 4 832 493; 5 × 4 832 493 = 24 162 465. Vestland: 5 × 651 299.
    const authorities = counties
      .filter((c) => c.orgNumber !== '')
      .map((c) => ({ id: c.orgNumber, drivers: { population: c.population } }));
    expect(authorities).toHaveLength(14);
    const result = allocate(null, authorities, { method: 'PER_UNIT', driver: 'population', rate: '5' });
    expect(result.total).toBe('24162465.00');
    expect(amountsById(result)['821311632']).toBe('3256495.00');
  });

  it('rounds a rate with more decimals half away from zero, per participant', () => {
    // NOK 0.125 per inhabitant per month: 0.125 × 1 001 = 125.125 → 125.13 (half away from zero);
    // 0.125 × 1 003 = 125.375 → 125.38; 0.125 × 1 000 = 125.00 exactly. The total is the sum of the lines.
    const result = allocate(
      null,
      [
        { id: 'a', drivers: { population: 1001 } },
        { id: 'b', drivers: { population: 1003 } },
        { id: 'c', drivers: { population: '1000' } },
      ],
      { method: 'PER_UNIT', driver: 'population', rate: '0.125' },
    );
    expect(amountsById(result)).toEqual({ a: '125.13', b: '125.38', c: '125.00' });
    expect(result.total).toBe('375.51');
    expect(result.lines[0].explanation).toBe(
      'population 1001 × NOK 0.125 per unit = NOK 125.125, rounded half away from zero to NOK 125.13.',
    );
  });

  it('bounds each amount by the floor and cap, without re-sharing (there is no fixed total)', () => {
    // 20 × 215 = 4 300 → floor 5 000; 20 × 717 710 = 14 354 200 → cap 10 000 000; 0 inhabitants pay nothing.
    const result = allocate(
      null,
      [
        { id: 'utsira', drivers: { population: 215 } },
        { id: 'oslo', drivers: { population: 717710 } },
        { id: 'empty', drivers: { population: 0 } },
      ],
      { method: 'PER_UNIT', driver: 'population', rate: '20.00', floor: '5000.00', cap: '10000000.00' },
    );
    expect(amountsById(result)).toEqual({ utsira: '5000.00', oslo: '10000000.00', empty: '0.00' });
    expect(result.lines.map((line) => line.limit)).toEqual(['FLOOR', 'CAP', null]);
    expect(result.total).toBe('10005000.00');
  });
});
