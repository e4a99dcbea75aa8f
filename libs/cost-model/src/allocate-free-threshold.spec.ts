import { allocate } from './allocate';
import { amountsById, costModelError, sumOfLines } from '../testing/helpers';
import { municipalityParticipants } from '../testing/reference-data';

describe('FREE_THRESHOLD', () => {
  it('lets municipalities under 50,000 inhabitants go free; the 20 largest share NOK 10,000,000.00', () => {
    // The 20 municipalities with 50 000 or more have 2 635 977 inhabitants together.
    // Oslo: 1 000 000 000 øre × 717 710 / 2 635 977 = 272 274 758.09 øre → NOK 2 722 747.58 (rounded down)
    // Stavanger: × 149 048 / 2 635 977 → NOK 565 437.41. Utsira (215) pays nothing.
    const result = allocate('10000000.00', municipalityParticipants(), {
      method: 'FREE_THRESHOLD',
      driver: 'population',
      threshold: 50000,
    });
    expect(sumOfLines(result)).toBe(1000000000n);
    const amounts = amountsById(result);
    expect(amounts['0301']).toBe('2722747.58');
    expect(amounts['1103']).toBe('565437.41');
    expect(amounts['1151']).toBe('0.00');
    expect(result.lines.filter((line) => line.amount !== '0.00')).toHaveLength(20);
    expect(result.lines.find((line) => line.participantId === '1151')?.explanation).toBe(
      'population 215 is below the free threshold 50000: pays nothing.',
    );
  });

  it('counts a driver equal to the threshold as paying', () => {
    const result = allocate(
      '90.00',
      [
        { id: 'a', drivers: { transactions: 999 } },
        { id: 'b', drivers: { transactions: 1000 } },
        { id: 'c', drivers: { transactions: 2000 } },
      ],
      { method: 'FREE_THRESHOLD', driver: 'transactions', threshold: '1000' },
    );
    // b and c share 90.00 as 1000 : 2000 → 30.00 and 60.00.
    expect(amountsById(result)).toEqual({ a: '0.00', b: '30.00', c: '60.00' });
  });

  it('is an error when nobody reaches the threshold', () => {
    const error = costModelError(() =>
      allocate('90.00', [{ id: 'a', drivers: { transactions: 5 } }], {
        method: 'FREE_THRESHOLD',
        driver: 'transactions',
        threshold: 1000,
      }),
    );
    expect(error.code).toBe('ZERO_TOTAL_DRIVER');
  });
});
