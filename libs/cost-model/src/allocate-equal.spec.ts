import { allocate } from './allocate';
import { amountsById, sumOfLines } from '../testing/helpers';
import { municipalities } from '../testing/reference-data';

describe('EQUAL', () => {
  it('splits NOK 100.00 among 3 as 33.34, 33.33, 33.33', () => {
    // 10 000 øre / 3 = 3 333.33… øre each → 3 333 each (9 999 øre), 1 øre left over.
    // All remainders are equal (⅓ øre) and so are the weights; no organisation number is given, so the øre
    // goes to the smallest id, "A", and every line says that the tie was decided so.
    const result = allocate('100.00', [{ id: 'B' }, { id: 'A' }, { id: 'C' }], { method: 'EQUAL' });
    expect(result.total).toBe('100.00');
    expect(result.lines.map((line) => [line.participantId, line.amount])).toEqual([
      ['B', '33.33'],
      ['A', '33.34'],
      ['C', '33.33'],
    ]);
    expect(result.lines[1].explanation).toBe(
      'equal split among 3: NOK 100.00 × 1 / 3 = NOK 33.3333…, rounded up to NOK 33.34 ' +
        '(largest remainder: rounding every line down left 1 øre over, which go one each to the largest remainders); ' +
        'equal remainders: by id.',
    );
    expect(result.lines[0].explanation).toBe(
      'equal split among 3: NOK 100.00 × 1 / 3 = NOK 33.3333…, rounded down to NOK 33.33; equal remainders: by id.',
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

  it('gives equal remainders by organisation number, whatever the ids (the same on every installation)', () => {
    // The same split with the participants' organisation numbers as tie keys and ids that are arbitrary
    // database keys: the 16 øre go to the 16 smallest organisation numbers — Færder (817263992) first —
    // and not to Oslo (958935420), which gets 280 112 øre = NOK 2 801.12.
    const byOrg = [...municipalities].sort((a, b) => (a.orgNumber < b.orgNumber ? -1 : 1));
    expect(byOrg[0]).toMatchObject({ name: 'Færder', orgNumber: '817263992' });
    const run = (idOf: (m: (typeof municipalities)[number], index: number) => string) => {
      const participants = municipalities.map((m, index) => ({ id: idOf(m, index), tieKey: m.orgNumber }));
      const result = allocate('1000000.00', participants, { method: 'EQUAL' });
      const amounts = amountsById(result);
      return {
        result,
        byNumber: Object.fromEntries(municipalities.map((m, i) => [m.number, amounts[idOf(m, i)]])),
      };
    };
    const first = run((m) => `id-${m.number}`);
    // ids in the opposite order: the result must not change
    const second = run((_m, index) => `id-${String(1000 - index).padStart(4, '0')}`);
    expect(second.byNumber).toEqual(first.byNumber);
    expect(sumOfLines(first.result)).toBe(100000000n);
    for (const [index, m] of byOrg.entries())
      expect([m.name, first.byNumber[m.number]]).toEqual([m.name, index < 16 ? '2801.13' : '2801.12']);
    expect(first.byNumber['0301']).toBe('2801.12');
    const oslo = first.result.lines.find((line) => line.participantId === 'id-0301');
    expect(oslo?.explanation).toBe(
      'equal split among 357: NOK 1000000.00 × 1 / 357 = NOK 2801.1204…, rounded down to NOK 2801.12; ' +
        'equal remainders: by organisation number.',
    );
  });
});
