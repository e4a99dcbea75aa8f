import { budgetDeviation, creditReissue, invoiceBasis, planYears, sumNok } from './budget';

describe('invoice basis', () => {
  it('sums each payer’s lines into one invoice line, in order of first appearance', () => {
    // Bergen: 1 000.50 + 250.25 = 1 250.75; Oslo: 2 000.00
    expect(
      invoiceBasis([
        { lineId: '1', organisationId: 'bergen', amount: '1000.50' },
        { lineId: '2', organisationId: 'oslo', amount: '2000.00' },
        { lineId: '3', organisationId: 'bergen', amount: '250.25' },
      ]),
    ).toEqual([
      { organisationId: 'bergen', amount: '1250.75', lineIds: ['1', '3'] },
      { organisationId: 'oslo', amount: '2000.00', lineIds: ['2'] },
    ]);
  });

  it('keeps the total: 0.01 + 0.02 + 0.03 = 0.06 øre-exact (no floating point)', () => {
    const basis = invoiceBasis([
      { lineId: '1', organisationId: 'a', amount: '0.01' },
      { lineId: '2', organisationId: 'b', amount: '0.02' },
      { lineId: '3', organisationId: 'a', amount: '0.03' },
    ]);
    expect(basis.map((l) => l.amount)).toEqual(['0.04', '0.02']);
    expect(sumNok(basis.map((l) => l.amount))).toBe('0.06');
  });
});

describe('credit-and-reissue basis', () => {
  it('gives each changed payer current − previous, summing to the difference of the totals', () => {
    // previous: a 100.00, b 50.00, c 10.00 (160.00); current: a 120.00, b 50.00, d 5.55 (175.55)
    // a +20.00, b unchanged (left out), d +5.55, c −10.00: sum 15.55 = 175.55 − 160.00
    const lines = creditReissue(
      [
        { organisationId: 'a', amount: '100.00', lineIds: [] },
        { organisationId: 'b', amount: '50.00', lineIds: [] },
        { organisationId: 'c', amount: '10.00', lineIds: [] },
      ],
      [
        { organisationId: 'a', amount: '120.00', lineIds: [] },
        { organisationId: 'b', amount: '50.00', lineIds: [] },
        { organisationId: 'd', amount: '5.55', lineIds: [] },
      ],
    );
    expect(lines).toEqual([
      { organisationId: 'a', previous: '100.00', current: '120.00', difference: '20.00' },
      { organisationId: 'd', previous: '0.00', current: '5.55', difference: '5.55' },
      { organisationId: 'c', previous: '10.00', current: '0.00', difference: '-10.00' },
    ]);
    expect(sumNok(lines.map((l) => l.difference))).toBe('15.55');
  });
});

describe('four-year plan', () => {
  it('lists the four budget years from the start year', () => {
    expect(planYears(2027)).toEqual([2027, 2028, 2029, 2030]);
  });

  it('gives the deviation forecast − adopted, or none without an adoption', () => {
    // 1 250.75 − 1 000.00 = 250.75; 900.00 − 1 000.00 = −100.00
    expect(budgetDeviation('1250.75', '1000.00')).toEqual({ adopted: '1000.00', deviation: '250.75' });
    expect(budgetDeviation('900.00', '1000.00')).toEqual({ adopted: '1000.00', deviation: '-100.00' });
    expect(budgetDeviation('900.00', null)).toEqual({ adopted: null, deviation: null });
  });
});
