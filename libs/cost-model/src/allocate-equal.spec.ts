import { allocate } from './allocate';
import { amountsById, sumOfLines } from '../testing/helpers';
import { municipalities } from '../testing/reference-data';

describe('EQUAL', () => {
  it('splits NOK 100.00 among 3 as 33.34, 33.33, 33.33', () => {
    // 10 000 øre / 3 = 3 333.33… øre each → 3 333 each (9 999 øre), 1 øre left over.
    // All remainders are equal (⅓ øre) and so are the weights, so the øre goes to the smallest id, "A".
    const result = allocate('100.00', [{ id: 'B' }, { id: 'A' }, { id: 'C' }], { method: 'EQUAL' });
    expect(result.total).toBe('100.00');
    expect(result.lines.map((line) => [line.participantId, line.amount])).toEqual([
      ['B', '33.33'],
      ['A', '33.34'],
      ['C', '33.33'],
    ]);
    expect(result.lines[1].explanation).toBe(
      'equal split among 3: NOK 100.00 × 1 / 3 = NOK 33.3333…, rounded up to NOK 33.34 ' +
        '(largest remainder: rounding every line down left 1 øre over, which go one each to the largest remainders).',
    );
    expect(result.lines[0].explanation).toBe(
      'equal split among 3: NOK 100.00 × 1 / 3 = NOK 33.3333…, rounded down to NOK 33.33.',
    );
    // share = amount / total: 33.34 / 100 = 0.3334
    expect(result.lines[1].share).toBe('0.3334000000');
  });

  it('splits NOK 1,000,000.00 among all 357 municipalities', () => {
    // 100 000 000 øre / 357 = 280 112.04… øre; 357 × 280 112 = 99 999 984, so 16 øre are left over.
    // They go to the 16 smallest municipality numbers (0301 Oslo, 1101 Eigersund, 1103 Stavanger, ...).
    const participants = municipalities.map((m) => ({ id: m.number }));
    const result = allocate('1000000.00', participants, { method: 'EQUAL' });
    expect(sumOfLines(result)).toBe(100000000n);
    const amounts = amountsById(result);
    const numbers = municipalities.map((m) => m.number).sort();
    expect(numbers.slice(0, 16).every((id) => amounts[id] === '2801.13')).toBe(true);
    expect(numbers.slice(16).every((id) => amounts[id] === '2801.12')).toBe(true);
    expect(amounts['0301']).toBe('2801.13');
  });
});
