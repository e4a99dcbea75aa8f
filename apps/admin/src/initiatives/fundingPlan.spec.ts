import { describe, expect, it } from '@jest/globals';
import { FUNDING_STATUS_RAG, type FundingPlan, fundingPlanRows, payerLabel } from './fundingPlan';

const figures = {
  plannedFunding: '1400000.00',
  receivedFunding: '1300000.00',
  plannedCost: '1400000.00',
  actualCost: '1250000.00',
  plannedBalance: '0.00',
  receivedBalance: '50000.00',
  status: 'FUNDED',
  receivedStatus: 'OVERFUNDED',
} as const;

const plan = {
  asOf: '2026-12-05',
  status: 'UNDERFUNDED',
  coFinancingShare: '54.05',
  coFinancingShareFlag: 'CATEGORY_2_ONLY',
  years: [
    { year: 2025, ...figures, schemes: [] },
    {
      year: 2026,
      plannedFunding: '350000.50',
      receivedFunding: '0.00',
      plannedCost: '450000.00',
      actualCost: null,
      plannedBalance: '-99999.50',
      receivedBalance: null,
      status: 'UNDERFUNDED',
      receivedStatus: null,
      schemes: [],
    },
  ],
  total: { ...figures, plannedBalance: '-99999.50', status: 'UNDERFUNDED' },
  sources: [],
} as unknown as FundingPlan;

// Amounts as formatNok writes them: nb-NO grouping with a narrow no-break space, decimal comma, "kr".
const nb = (text: string) => text.replace(/\s/g, ' ');

describe('fundingPlanRows', () => {
  it('gives a row per year and the total last, in nb-NO formats, with "–" where there is no actual cost', () => {
    const rows = fundingPlanRows(plan);
    expect(rows.map((row) => row.year)).toEqual([2025, 2026, null]);
    expect(nb(rows[0].plannedFunding)).toMatch(/^1 400 000,00/);
    expect(rows[0]).toMatchObject({ status: 'FUNDED', receivedStatus: 'OVERFUNDED' });
    expect(nb(rows[1].plannedBalance)).toMatch(/^[−-]99 999,50/);
    expect(rows[1]).toMatchObject({ actualCost: '–', receivedBalance: '–', receivedStatus: null });
    expect(rows[2]).toMatchObject({ year: null, status: 'UNDERFUNDED' });
  });

  it('has no rows for a plan without years (the tab shows its empty state)', () => {
    expect(fundingPlanRows({ ...plan, years: [] })).toEqual([]);
  });

  it('colours every status: funded green, overfunded amber, underfunded red', () => {
    expect(FUNDING_STATUS_RAG).toEqual({ FUNDED: 'GREEN', OVERFUNDED: 'AMBER', UNDERFUNDED: 'RED' });
  });
});

describe('payerLabel', () => {
  const translate = (key: string) => `<${key}>`;
  const item = { costSharingKey: null, fundingScheme: null, payingOrganisation: null };
  it("is the owner's own budget when the item names no source and no key allocates it", () => {
    expect(payerLabel(item, false, translate)).toBe('<gevinst.costs.paid_by_owner>');
  });
  it('is the named scheme, with whose own budget', () => {
    expect(payerLabel({ ...item, fundingScheme: 'DIGIFIN' }, false, translate)).toBe(
      '<enums.FundingScheme.DIGIFIN>',
    );
    expect(
      payerLabel(
        { ...item, fundingScheme: 'OWN_BUDGET', payingOrganisation: { name: 'Bergen' } },
        false,
        translate,
      ),
    ).toBe('<enums.FundingScheme.OWN_BUDGET>: Bergen');
  });
  it("is the key's participants when the item's or the initiative's key allocates it", () => {
    expect(payerLabel({ ...item, fundingScheme: 'DIGIFIN' }, true, translate)).toBe(
      '<gevinst.costs.paid_by_key>',
    );
    expect(payerLabel({ ...item, costSharingKey: { id: 'k' } }, false, translate)).toBe(
      '<gevinst.costs.paid_by_key>',
    );
  });
});
