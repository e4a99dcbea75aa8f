import { allocate } from './allocate';
import { amountsById, costModelError, sumOfLines } from '../testing/helpers';
import { municipalityParticipants } from '../testing/reference-data';

describe('floors and caps', () => {
  it('holds small municipalities at a floor of 5,000.00 and Oslo at a cap of 1,000,000.00 in a 10,000,000.00 split', () => {
    // Stable point: Oslo capped (1 000 000.00), the 116 municipalities under 2 758 inhabitants floored
    // (116 × 5 000.00 = 580 000.00). Left to share: 10 000 000.00 − 1 000 000.00 − 580 000.00 = 8 420 000.00
    // among the other 240, whose population is 4 643 425: NOK 1.8133… per inhabitant.
    // Check: Oslo would get 1.8133 × 717 710 ≈ 1 301 442 > cap; a municipality of 2 743 would get 4 974 < floor;
    // one of 2 781 gets 5 042.8 ≥ floor. Bergen: 8 420 000.00 × 291 940 / 4 643 425 = 529 379.67.
    const result = allocate('10000000.00', municipalityParticipants(), {
      method: 'PROPORTIONAL',
      driver: 'population',
      floor: '5000.00',
      cap: '1000000.00',
    });
    expect(sumOfLines(result)).toBe(1000000000n);
    expect(result.lines.filter((line) => line.limit === 'FLOOR')).toHaveLength(116);
    expect(result.lines.filter((line) => line.limit === 'CAP').map((line) => line.participantId)).toEqual([
      '0301',
    ]);
    const amounts = amountsById(result);
    expect(amounts['0301']).toBe('1000000.00');
    expect(amounts['1151']).toBe('5000.00');
    expect(amounts['4601']).toBe('529379.67');
    expect(amounts['5001']).toBe('389074.29');
    expect(amounts['1103']).toBe('270271.22');
    expect(result.lines.find((line) => line.participantId === '0301')?.explanation).toBe(
      'population 717710: held at the cap of NOK 1000000.00 (the key alone gives NOK 1293123.8731…); ' +
        'the excess is re-shared among the others by the same key.',
    );
    expect(result.lines.find((line) => line.participantId === '4601')?.explanation).toBe(
      'population 291940: NOK 8420000.00 (what is left of NOK 10000000.00 after the 117 lines held at a floor or cap)' +
        ' × 291940 / 4643425 = NOK 529379.6712…, rounded down to NOK 529379.67.',
    );
  });

  it('repeats the re-sharing until stable: a second participant reaches the cap after the first is capped', () => {
    // NOK 100.00 by 1 : 4 : 5 gives 10, 40, 50. Cap 42: c is capped (42); the 58 left by 1 : 4 gives b 46.40,
    // above the cap too, so b is capped (42) and a pays the remaining 100 − 84 = 16.00.
    const result = allocate(
      '100.00',
      [
        { id: 'a', drivers: { d: 1 } },
        { id: 'b', drivers: { d: 4 } },
        { id: 'c', drivers: { d: 5 } },
      ],
      { method: 'PROPORTIONAL', driver: 'd', cap: '42.00' },
    );
    expect(amountsById(result)).toEqual({ a: '16.00', b: '42.00', c: '42.00' });
    expect(result.lines[1].explanation).toBe(
      'd 4: held at the cap of NOK 42.00 (the key alone gives NOK 40.00, but once the amounts held at the other ' +
        'floors and caps are re-shared it would exceed the cap); the excess is re-shared among the others by the same key.',
    );
  });

  it('takes a floor from the others by the same key', () => {
    // NOK 100.00 equally among 4 = 25.00 each; with a floor of 30.00 nobody is below it. With weights:
    // by 1 : 1 : 8 → 10, 10, 80; floor 20 → a and b pay 20, c pays 60.
    const result = allocate(
      '100.00',
      [
        { id: 'a', drivers: { d: 1 } },
        { id: 'b', drivers: { d: 1 } },
        { id: 'c', drivers: { d: 8 } },
      ],
      { method: 'PROPORTIONAL', driver: 'd', floor: '20.00' },
    );
    expect(amountsById(result)).toEqual({ a: '20.00', b: '20.00', c: '60.00' });
    expect(result.lines[0].limit).toBe('FLOOR');
  });

  it('does not floor a participant the key exempts (driver 0)', () => {
    const result = allocate(
      '100.00',
      [
        { id: 'none', drivers: { d: 0 } },
        { id: 'some', drivers: { d: 1 } },
        { id: 'more', drivers: { d: 9 } },
      ],
      { method: 'PROPORTIONAL', driver: 'd', floor: '20.00' },
    );
    expect(amountsById(result)).toEqual({ none: '0.00', some: '20.00', more: '80.00' });
  });

  it('says clearly when no allocation can satisfy the floors and caps', () => {
    const three = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const caps = costModelError(() => allocate('100.00', three, { method: 'EQUAL', cap: '30.00' }));
    expect(caps.code).toBe('INFEASIBLE_FLOOR_CAP');
    expect(caps.message).toBe(
      'cap: with a cap of NOK 30.00, the 3 participants who share by the key can pay at most NOK 90.00 in all, less than the total NOK 100.00',
    );
    const floors = costModelError(() => allocate('100.00', three, { method: 'EQUAL', floor: '40.00' }));
    expect(floors.code).toBe('INFEASIBLE_FLOOR_CAP');
    expect(floors.message).toBe(
      'floor: the floors of the 3 paying participants add up to at least NOK 120.00, more than the total NOK 100.00',
    );
  });

  it('accepts a floor equal to the cap when it adds up exactly', () => {
    const result = allocate('90.00', [{ id: 'a' }, { id: 'b' }, { id: 'c' }], {
      method: 'EQUAL',
      floor: '30.00',
      cap: '30.00',
    });
    expect(amountsById(result)).toEqual({ a: '30.00', b: '30.00', c: '30.00' });
  });
});
