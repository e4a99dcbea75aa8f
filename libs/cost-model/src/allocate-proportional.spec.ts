import { allocate } from './allocate';
import { amountsById, sumOfLines } from '../testing/helpers';
import { localAndRegionalParticipants, municipalityParticipants } from '../testing/reference-data';

describe('PROPORTIONAL by population', () => {
  it('shares NOK 125,000,000.00 among the 357 municipalities', () => {
    // Oslo: 12 500 000 000 øre × 717 710 / 5 550 203 = 1 616 404 841.408… øre → NOK 16 164 048.41
    // Bergen: × 291 940 / 5 550 203 = 657 498 473.0… øre → NOK 6 574 984.73
    // Utsira: × 215 / 5 550 203 = 484 216.9… øre → NOK 4 842.17 (rounded up: one of the largest remainders)
    const result = allocate('125000000.00', municipalityParticipants(), {
      method: 'PROPORTIONAL',
      driver: 'population',
    });
    expect(sumOfLines(result)).toBe(12500000000n);
    const amounts = amountsById(result);
    expect(amounts['0301']).toBe('16164048.41');
    expect(amounts['4601']).toBe('6574984.73');
    expect(amounts['5001']).toBe('4832368.29');
    expect(amounts['1151']).toBe('4842.17');
    const oslo = result.lines.find((line) => line.participantId === '0301');
    expect(oslo?.explanation).toBe(
      'population 717710: NOK 125000000.00 × 717710 / 5550203 = NOK 16164048.4140…, rounded down to NOK 16164048.41.',
    );
  });

  it('is exact when the total is a multiple of the drivers: NOK 111,004,060.00 is NOK 20 per inhabitant', () => {
    // 111 004 060.00 / 5 550 203 = 20 exactly, so every line is 20 × population and nothing is rounded.
    const result = allocate('111004060.00', municipalityParticipants(), {
      method: 'PROPORTIONAL',
      driver: 'population',
    });
    expect(amountsById(result)['0301']).toBe('14354200.00');
    expect(result.lines.every((line) => !line.explanation.includes('rounded'))).toBe(true);
  });

  it('covers the 372 local and regional bodies (357 municipalities + 15 counties)', () => {
    // Σ population = 5 550 203 (municipalities) + 5 550 203 (counties) = 11 100 406; total NOK 1 110 040.60,
    // i.e. NOK 0.10 per inhabitant: Oslo kommune 71 771.00 and county 03 another 71 771.00.
    const result = allocate('1110040.60', localAndRegionalParticipants(), {
      method: 'PROPORTIONAL',
      driver: 'population',
    });
    expect(result.lines).toHaveLength(372);
    expect(sumOfLines(result)).toBe(111004060n);
    const amounts = amountsById(result);
    expect(amounts['0301']).toBe('71771.00');
    expect(amounts['county-03']).toBe('71771.00');
  });

  it('treats decimal drivers exactly', () => {
    // users 0.1, 0.2 and 0.3 (Σ 0.6) share NOK 1.00: 100 øre × 1/6, 2/6, 3/6 = 16.67, 33.33, 50 øre →
    // 16 + 33 + 50 = 99, 1 øre left: remainders ⅔ (a) and ⅓ (b), so a gets it: 0.17, 0.33, 0.50.
    const result = allocate(
      '1.00',
      [
        { id: 'a', drivers: { users: 0.1 } },
        { id: 'b', drivers: { users: '0.2' } },
        { id: 'c', drivers: { users: 0.3 } },
      ],
      { method: 'PROPORTIONAL', driver: 'users' },
    );
    expect(amountsById(result)).toEqual({ a: '0.17', b: '0.33', c: '0.50' });
  });
});
