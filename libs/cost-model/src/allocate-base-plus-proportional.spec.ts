import { allocate } from './allocate';
import { amountsById, costModelError, sumOfLines } from '../testing/helpers';
import { municipalityParticipants } from '../testing/reference-data';

describe('BASE_PLUS_PROPORTIONAL', () => {
  it('charges every municipality NOK 5,000.00 and shares the rest of NOK 50,000,000.00 by population', () => {
    // Bases: 357 × 5 000.00 = 1 785 000.00; left to share: 50 000 000.00 − 1 785 000.00 = 48 215 000.00.
    // Oslo: 5 000.00 + 48 215 000.00 × 717 710 / 5 550 203 = 5 000.00 + 6 234 796.75 = 6 239 796.75
    // Utsira: 5 000.00 + 48 215 000.00 × 215 / 5 550 203 = 5 000.00 + 1 867.72 = 6 867.72
    const result = allocate('50000000.00', municipalityParticipants(), {
      method: 'BASE_PLUS_PROPORTIONAL',
      base: '5000.00',
      driver: 'population',
    });
    expect(sumOfLines(result)).toBe(5000000000n);
    const amounts = amountsById(result);
    expect(amounts['0301']).toBe('6239796.75');
    expect(amounts['1151']).toBe('6867.72');
    expect(result.lines.find((line) => line.participantId === '0301')?.explanation).toBe(
      'base fee NOK 5000.00 plus population 717710: NOK 48215000.00 (the total less the base fees) × 717710 / 5550203' +
        ' = NOK 6234796.7542…, rounded down to NOK 6234796.75; with the base fee NOK 5000.00: NOK 6239796.75.',
    );
  });

  it('refuses bases that exceed the total', () => {
    // 3 × 5 000.00 = 15 000.00 > 10 000.00
    const error = costModelError(() =>
      allocate(
        '10000.00',
        [
          { id: 'a', drivers: { users: 1 } },
          { id: 'b', drivers: { users: 2 } },
          { id: 'c', drivers: { users: 3 } },
        ],
        {
          method: 'BASE_PLUS_PROPORTIONAL',
          base: '5000.00',
          driver: 'users',
        },
      ),
    );
    expect(error.code).toBe('BASES_EXCEED_TOTAL');
    expect(error.message).toBe(
      'base: the base fees alone, NOK 5000.00 × 3 participants = NOK 15000.00, exceed the total NOK 10000.00',
    );
  });

  it('lets a participant with driver 0 pay the base only', () => {
    // 2 × 100.00 in bases; the remaining 800.00 all goes to b (users 4 of 4).
    const result = allocate(
      '1000.00',
      [
        { id: 'a', drivers: { users: 0 } },
        { id: 'b', drivers: { users: 4 } },
      ],
      {
        method: 'BASE_PLUS_PROPORTIONAL',
        base: '100.00',
        driver: 'users',
      },
    );
    expect(amountsById(result)).toEqual({ a: '100.00', b: '900.00' });
    expect(result.lines[0].explanation).toBe(
      'base fee NOK 100.00 plus users 0: pays only the base fee, NOK 100.00.',
    );
  });
});
