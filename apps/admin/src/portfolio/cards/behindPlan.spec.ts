import { describe, expect, it } from '@jest/globals';
import { behindPlanRows } from './behindPlan';

const figures = (
  code: string,
  plannedToDate: string,
  realised: string,
  percent: string | null,
  red = 0,
  amber = 0,
) =>
  ({
    initiativeId: code,
    code,
    name: code,
    plannedBenefitToDateNok: plannedToDate,
    realisedBenefitNok: realised,
    realisationPercent: percent,
    rag: { green: 0, amber, red, notAssessed: 0 },
  }) as never;

describe('behindPlanRows', () => {
  it('takes each initiative’s percent from the summary (realised ÷ planned to date over its period), as the KPI card does', () => {
    // A: 605 000 / 1 000 000 = 60.5 %; B is ahead of plan; C has nothing planned yet; D 90 %.
    const rows = behindPlanRows([
      figures('A', '1000000.00', '605000.00', '60.50', 1, 1),
      figures('B', '100.00', '120.00', '120.00'),
      figures('C', '0.00', '0.00', null),
      figures('D', '500000.00', '450000.00', '90.00'),
    ]);
    expect(rows.map((row) => [row.code, row.percent, row.gap, row.rag.red, row.rag.amber])).toEqual([
      ['A', 60.5, '395000.00', 1, 1],
      ['D', 90, '50000.00', 0, 0],
    ]);
  });

  it('orders equal percents by the larger gap, compared exactly', () => {
    // E and F both at 50.00 %: E's gap 2 000 000.00 − 1 000 000.00 = 1 000 000.00, F's 200.00 − 100.00 =
    // 100.00, so E first; G at 99.99 % is still behind plan, H at exactly 100.00 % is not.
    const rows = behindPlanRows([
      figures('F', '200.00', '100.00', '50.00'),
      figures('G', '10000.00', '9999.00', '99.99'),
      figures('H', '10.00', '10.00', '100.00'),
      figures('E', '2000000.00', '1000000.00', '50.00'),
    ]);
    expect(rows.map((row) => [row.code, row.gap])).toEqual([
      ['E', '1000000.00'],
      ['F', '100.00'],
      ['G', '1.00'],
    ]);
  });
});
