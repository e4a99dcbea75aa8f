import { describe, expect, it } from '@jest/globals';
import { behindPlanRows } from './behindPlan';

const node = (
  id: string,
  economics: { plannedToDate: string; realised: string; percent: string | null },
  rags: string[] = [],
) =>
  ({
    id,
    code: id,
    name: id,
    phase: 'REALISATION',
    economics: {
      fromYear: 2024,
      toYear: 2033,
      totalPlannedBenefitToDateNok: economics.plannedToDate,
      totalRealisedBenefitNok: economics.realised,
      realisationPercent: economics.percent,
    },
    benefits: rags.map((rag, i) => ({ id: `${id}-${i}`, status: 'IN_REALISATION', realisation: { rag } })),
  }) as never;

describe('behindPlanRows', () => {
  it('takes the percent from economics (realised / planned to date over the period), as the KPI card does', () => {
    // A: 605 000 / 1 000 000 = 60.5 %, the figure economics and portfolioSummary give; B is ahead of plan.
    const rows = behindPlanRows([
      node('A', { plannedToDate: '1000000.00', realised: '605000.00', percent: '60.50' }, [
        'RED',
        'AMBER',
        'GREEN',
      ]),
      node('B', { plannedToDate: '100.00', realised: '120.00', percent: '120.00' }),
      node('C', { plannedToDate: '0.00', realised: '0.00', percent: null }),
      node('D', { plannedToDate: '500000.00', realised: '450000.00', percent: '90.00' }),
    ]);
    expect(
      rows.map((row) => [row.id, row.percent, row.planned, row.realised, row.gap, row.red, row.amber]),
    ).toEqual([
      ['A', 60.5, '1000000.00', '605000.00', '395000.00', 1, 1],
      ['D', 90, '500000.00', '450000.00', '50000.00', 0, 0],
    ]);
  });
});
