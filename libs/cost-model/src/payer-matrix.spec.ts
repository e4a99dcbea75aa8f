import { AdministrativeLevel, FundingScheme } from '@gevinst/domain';
import { payerMatrix } from './payer-matrix';
import { costModelError } from '../testing/helpers';

const { CENTRAL, LOCAL } = AdministrativeLevel;

describe('payerMatrix', () => {
  it('splits who pays against who benefits exactly, by level (moved from the API)', () => {
    // Initiative a: LOCAL pays 300.00, CENTRAL 100.00; LOCAL and CENTRAL plan 200.00 each.
    // Cost: each payer's payment halves over the two benefiting levels (200 : 200) —
    //   CENTRAL 100 → 50 + 50; LOCAL 300 → 150 + 150.
    // Benefits: each level's 200 over the payers 100 : 300 — CENTRAL pays for 50, LOCAL for 150.
    // Initiative b: nobody pays; LOCAL's 10.00 planned (1.00 realised) go to the row "no payer".
    const cells = payerMatrix(
      [
        { initiativeId: 'a', level: LOCAL, scheme: null, amount: '300.00' },
        { initiativeId: 'a', level: CENTRAL, scheme: null, amount: '100.00' },
      ],
      [
        { initiativeId: 'a', level: LOCAL, planned: '200.00', realised: '0.00' },
        { initiativeId: 'a', level: CENTRAL, planned: '200.00', realised: '0.00' },
        { initiativeId: 'b', level: LOCAL, planned: '10.00', realised: '1.00' },
      ],
    );
    expect(
      cells.map((c) => [
        c.payerLevel,
        c.payerScheme,
        c.beneficiaryLevel,
        c.cost,
        c.plannedBenefit,
        c.realisedBenefit,
      ]),
    ).toEqual([
      [CENTRAL, null, CENTRAL, '50.00', '50.00', '0.00'],
      [CENTRAL, null, LOCAL, '50.00', '50.00', '0.00'],
      [LOCAL, null, CENTRAL, '150.00', '150.00', '0.00'],
      [LOCAL, null, LOCAL, '150.00', '150.00', '0.00'],
      [null, null, LOCAL, '0.00', '10.00', '1.00'],
    ]);
  });

  it('gives a grant scheme its own row, after the levels', () => {
    // The owner (CENTRAL) pays 100.00 from its own budget, DigiFin 200.00, co-financing 0.01.
    // LOCAL plans 90.00 (realised 30.00); CENTRAL plans 0 → LOCAL is the only beneficiary column.
    // Cost: all of each payment lands in LOCAL.
    // Planned 90.00 over 100 : 200 : 1 (øre 10 000 : 20 000 : 1, Σ 30 001):
    //   CENTRAL 9 000 × 10 000 / 30 001 = 2 999.90 øre → 2 999 (rem .90), DigiFin 5 999.80 → 5 999 (rem .80),
    //   co-financing 0.30 → 0 (rem .30); 9 000 − 8 998 = 2 øre left → CENTRAL and DigiFin:
    //   CENTRAL 30.00, DigiFin 60.00, co-financing 0.00.
    // Realised 30.00 = 3 000 øre: 999.97 → 999, 1 999.93 → 1 999, 0.10 → 0; 2 left → 10.00, 20.00, 0.00.
    const cells = payerMatrix(
      [
        { initiativeId: 'a', level: CENTRAL, scheme: null, amount: '100.00' },
        { initiativeId: 'a', level: null, scheme: FundingScheme.DIGIFIN, amount: '200.00' },
        { initiativeId: 'a', level: null, scheme: FundingScheme.CO_FINANCING, amount: '0.01' },
      ],
      [
        { initiativeId: 'a', level: LOCAL, planned: '90.00', realised: '30.00' },
        { initiativeId: 'a', level: CENTRAL, planned: '0.00', realised: '0.00' },
      ],
    );
    expect(
      cells.map((c) => [
        c.payerLevel,
        c.payerScheme,
        c.beneficiaryLevel,
        c.cost,
        c.plannedBenefit,
        c.realisedBenefit,
      ]),
    ).toEqual([
      [CENTRAL, null, LOCAL, '100.00', '30.00', '10.00'],
      [null, 'CO_FINANCING', LOCAL, '0.01', '0.00', '0.00'],
      [null, 'DIGIFIN', LOCAL, '200.00', '60.00', '20.00'],
    ]);
  });

  it('puts a payment without planned benefit above zero in the column "no beneficiary"', () => {
    // StimuLab pays 5.00; the only benefit is a dis-benefit of −2.00 at LOCAL, split entirely to StimuLab.
    const cells = payerMatrix(
      [{ initiativeId: 'a', level: null, scheme: FundingScheme.STIMULAB, amount: '5.00' }],
      [{ initiativeId: 'a', level: LOCAL, planned: '-2.00', realised: '0.00' }],
    );
    expect(cells.map((c) => [c.payerScheme, c.beneficiaryLevel, c.cost, c.plannedBenefit])).toEqual([
      ['STIMULAB', LOCAL, '0.00', '-2.00'],
      ['STIMULAB', null, '5.00', '0.00'],
    ]);
  });

  it('refuses OWN_BUDGET as a scheme row and a payment without level or scheme', () => {
    expect(
      costModelError(() =>
        payerMatrix([{ initiativeId: 'a', level: null, scheme: 'OWN_BUDGET' as never, amount: '1.00' }], []),
      ).message,
    ).toBe(
      'payments[0].scheme: must be a funding scheme: OWN_BUDGET, CO_FINANCING, DIGIFIN, STIMULAB or OTHER (got "OWN_BUDGET")',
    );
    expect(
      costModelError(() =>
        payerMatrix([{ initiativeId: 'a', level: null, scheme: null, amount: '1.00' }], []),
      ).message,
    ).toBe('payments[0].level: must be an administrative level');
  });
});
