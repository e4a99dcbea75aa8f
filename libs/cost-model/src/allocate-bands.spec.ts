import { allocate } from './allocate';
import { amountsById, sumOfLines } from '../testing/helpers';
import { municipalities, municipalityParticipants } from '../testing/reference-data';
import type { BandsKeySpec } from '@gevinst/domain';

// <10 000 inhabitants: NOK 10 000; 10 000–49 999: NOK 20 000; 50 000 and more: NOK 30 000.
const key: BandsKeySpec = {
  method: 'BANDS',
  driver: 'population',
  bands: [{ upTo: 10000, fee: '10000.00' }, { upTo: 50000, fee: '20000.00' }, { fee: '30000.00' }],
};

describe('BANDS', () => {
  it('charges each municipality its band fee when there is no fixed total', () => {
    // 244 municipalities under 10 000, 93 from 10 000 to 49 999 and 20 of 50 000 or more:
    // 244 × 10 000 + 93 × 20 000 + 20 × 30 000 = 2 440 000 + 1 860 000 + 600 000 = 4 900 000.00
    const count = (test: (p: number) => boolean) => municipalities.filter((m) => test(m.population)).length;
    expect([
      count((p) => p < 10000),
      count((p) => p >= 10000 && p < 50000),
      count((p) => p >= 50000),
    ]).toEqual([244, 93, 20]);
    const result = allocate(null, municipalityParticipants(), key);
    expect(result.total).toBe('4900000.00');
    const amounts = amountsById(result);
    expect(amounts['1151']).toBe('10000.00'); // Utsira, 215
    expect(amounts['1101']).toBe('20000.00'); // Eigersund, 15 221
    expect(amounts['0301']).toBe('30000.00'); // Oslo, 717 710
    expect(result.lines.find((line) => line.participantId === '1101')?.explanation).toBe(
      'population 15221 is in the band 10000 to under 50000: fee NOK 20000.00.',
    );
  });

  it('puts a value equal to an upper bound in the next band (upper bounds are exclusive)', () => {
    const result = allocate(
      null,
      [
        { id: 'a', drivers: { population: 9999 } },
        { id: 'b', drivers: { population: 10000 } },
        { id: 'c', drivers: { population: 50000 } },
      ],
      key,
    );
    expect(amountsById(result)).toEqual({ a: '10000.00', b: '20000.00', c: '30000.00' });
  });

  it('uses the band fees as weights when there is a fixed total', () => {
    // Σ weights = 4 900 000.00; a total of 9 800 000.00 is twice that, so every fee doubles exactly.
    const result = allocate('9800000.00', municipalityParticipants(), key);
    expect(sumOfLines(result)).toBe(980000000n);
    expect(amountsById(result)['1151']).toBe('20000.00');
    expect(amountsById(result)['0301']).toBe('60000.00');
    // A total of NOK 100.00 over fees 10 000 : 20 000 : 30 000 (Σ 60 000) gives 16.666…, 33.333…, 50.00:
    // 16.66 + 33.33 + 50.00 = 99.99, 1 øre left; remainders ⅔ and ⅓ øre → the first gets it.
    const small = allocate(
      '100.00',
      [
        { id: 'a', drivers: { population: 5 } },
        { id: 'b', drivers: { population: 20000 } },
        { id: 'c', drivers: { population: 60000 } },
      ],
      key,
    );
    expect(amountsById(small)).toEqual({ a: '16.67', b: '33.33', c: '50.00' });
    expect(small.lines[0].explanation).toBe(
      'population 5 is in the band under 10000 (fee NOK 10000.00): NOK 100.00 × 10000.00 / 60000.00 = NOK 16.6666…, ' +
        'rounded up to NOK 16.67 (largest remainder: rounding every line down left 1 øre over, which go one each to the largest remainders).',
    );
  });
});
