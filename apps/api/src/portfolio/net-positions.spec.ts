import {
  AdministrativeLevel,
  FundingScheme,
  BenefitCategory,
  BenefitStatus,
  type FinancialDetailScope,
  IndicatorDirection,
} from '@gevinst/domain';
import { BenefitCalculator } from '../realisation/benefit-figures.js';
import { NetPositionFlag } from './net-position-flag.enum.js';
import { netPositionsOf, receivedBenefits, visiblePayments } from './net-positions.js';
import type { PaymentSumRow, PortfolioInitiativeRow } from './portfolio.repository.js';

const OWNER = 'owner';
const MINISTRY = 'ministry';
const BERGEN = 'bergen';
const OSLO = 'oslo';
const AGENCY = 'agency';

const initiative: PortfolioInitiativeRow = {
  id: 'i1',
  code: 'I1',
  name: 'Initiativ 1',
  owner_id: OWNER,
  ministry_id: MINISTRY,
  life_event: null,
  owner_level: AdministrativeLevel.CENTRAL,
};
const allocation = (organisation_id: string, level: AdministrativeLevel, amount: string): PaymentSumRow => ({
  kind: 'ALLOCATION',
  initiative_id: 'i1',
  scheme: null,
  organisation_id,
  level,
  keyed: false,
  amount,
});
const allocations: PaymentSumRow[] = [
  allocation(BERGEN, AdministrativeLevel.LOCAL, '300.00'),
  allocation(OSLO, AdministrativeLevel.LOCAL, '200.00'),
  allocation(AGENCY, AdministrativeLevel.CENTRAL, '500.00'),
];
/**
 * Unallocated items of i1: 400.00 naming no source (the owner's own budget), 100.00 from DigiFin; and the
 * owner has an own-budget funding source of 400.00 in the period.
 */
const funding: PaymentSumRow[] = [
  {
    kind: 'UNALLOCATED',
    initiative_id: 'i1',
    scheme: null,
    organisation_id: null,
    level: null,
    keyed: false,
    amount: '400.00',
  },
  {
    kind: 'UNALLOCATED',
    initiative_id: 'i1',
    scheme: FundingScheme.DIGIFIN,
    organisation_id: null,
    level: null,
    keyed: false,
    amount: '100.00',
  },
  {
    kind: 'OWN_BUDGET_FUNDER',
    initiative_id: 'i1',
    scheme: FundingScheme.OWN_BUDGET,
    organisation_id: OWNER,
    level: AdministrativeLevel.CENTRAL,
    keyed: false,
    amount: '400.00',
  },
];
const payerIds = (scope: FinancialDetailScope, rows: PaymentSumRow[]) =>
  visiblePayments(scope, [initiative], rows).payments.map((row) => row.organisationId ?? row.scheme);
/** 10 units more a year from 2024 to 2025, at 100 NOK a unit: 1,000 NOK planned in 2025. */
const benefit = (id: string, receivingOrganisationId: string) =>
  new BenefitCalculator(
    {
      id,
      initiativeId: 'i1',
      category: BenefitCategory.OTHER_PUBLIC_SECTOR,
      status: BenefitStatus.PLANNED,
      isDisBenefit: false,
      receivingOrganisationId,
      direction: IndicatorDirection.INCREASE,
      baselineDate: '2024-12-31',
      baselineValue: '0',
      valuePerUnit: '100.00',
      // 10 units from 1 January 2025 on, so 2025 counts 10 × 100 = 1 000.00 (time-weighted: the whole year at 10)
      targets: [{ date: '2025-01-01', value: '10' }],
    },
    [],
    '2025-06-30',
  );
const calculators = [benefit('b1', BERGEN), benefit('b2', AGENCY)];
const range = { fromYear: 2025, toYear: 2025 };
const some = (organisationId: string, ministryId: string | null = null): FinancialDetailScope => ({
  kind: 'SOME',
  organisationId,
  ownerId: organisationId,
  ministryId,
});

describe('net positions', () => {
  it('counts only the rows the scope allows (libs/domain scopeAllowsLine)', () => {
    const organisations = (scope: FinancialDetailScope) => [
      payerIds(scope, allocations),
      receivedBenefits(scope, [initiative], calculators, range).map((row) => row.organisationId),
    ];
    expect(organisations(some(BERGEN))).toEqual([[BERGEN], [BERGEN]]);
    expect(organisations(some(OSLO))).toEqual([[OSLO], []]);
    expect(organisations(some(OWNER))).toEqual([
      [BERGEN, OSLO, AGENCY],
      [BERGEN, AGENCY],
    ]);
    expect(organisations(some(MINISTRY, MINISTRY))).toEqual(organisations({ kind: 'ALL' }));
    expect(organisations(some(MINISTRY))).toEqual([[], []]);
    // An initiative outside the answer's selection shows nothing, whoever asks.
    expect(() => visiblePayments({ kind: 'ALL' }, [], allocations)).toThrow(/initiatives given/);
  });

  it('shows own-budget payments by the allocation lines’ rule and scheme payers to everyone', () => {
    const rows = [...allocations, ...funding];
    // The owner's own-budget 400.00 is its line: the owner, its ministry's reviewer and administrators see it,
    // Bergen does not; DigiFin's 100.00 is seen by whoever reads the initiative.
    expect(payerIds({ kind: 'ALL' }, rows)).toEqual([BERGEN, OSLO, AGENCY, OWNER, FundingScheme.DIGIFIN]);
    expect(payerIds(some(OWNER), rows)).toEqual([BERGEN, OSLO, AGENCY, OWNER, FundingScheme.DIGIFIN]);
    expect(payerIds(some(BERGEN), rows)).toEqual([BERGEN, FundingScheme.DIGIFIN]);
    expect(visiblePayments(some(BERGEN), [initiative], rows).funders).toEqual([]);
    expect(visiblePayments(some(OWNER), [initiative], rows).funders).toEqual([OWNER]);
  });

  it('adds up what it counts, and a caller sees totals of its own rows only', () => {
    const levels = new Map([
      [BERGEN, AdministrativeLevel.LOCAL],
      [AGENCY, AdministrativeLevel.CENTRAL],
    ]);
    const answer = (scope: FinancialDetailScope) =>
      netPositionsOf(
        '2025-06-30',
        range,
        visiblePayments(scope, [initiative], allocations),
        receivedBenefits(scope, [initiative], calculators, range),
        levels,
      );
    const all = answer({ kind: 'ALL' });
    expect(all.totals.allocatedCostNok).toBe('1000.00');
    expect(all.organisations.map((row) => row.organisationId)).toEqual([AGENCY, BERGEN, OSLO]);
    const bergen = answer(some(BERGEN));
    expect(bergen.totals.allocatedCostNok).toBe('300.00');
    expect(bergen.organisations.map((row) => row.organisationId)).toEqual([BERGEN]);
    expect(bergen.totals.plannedBenefitNok).toBe(
      all.organisations.find((row) => row.organisationId === BERGEN)?.plannedBenefitNok,
    );
  });

  it('counts the owner’s own budget and the scheme as payers, in the rows, totals and matrix', () => {
    const levels = new Map([
      [BERGEN, AdministrativeLevel.LOCAL],
      [AGENCY, AdministrativeLevel.CENTRAL],
    ]);
    const all = netPositionsOf(
      '2025-06-30',
      range,
      visiblePayments({ kind: 'ALL' }, [initiative], [...allocations, ...funding]),
      receivedBenefits({ kind: 'ALL' }, [initiative], calculators, range),
      levels,
    );
    // Paid: AGENCY 500, OWNER 0 + 400, BERGEN 300, OSLO 200, DigiFin 100; Σ = 1 500.00.
    // Benefits: 1 000.00 each for Bergen and the agency (2025), Σ 2 000.00.
    expect(
      all.organisations.map((row) => [row.organisationId, row.paidNok, row.costShare, row.flags]),
    ).toEqual([
      [AGENCY, '500.00', '0.3333333333', []],
      [OWNER, '400.00', '0.2666666667', [NetPositionFlag.PAYS_WITHOUT_BENEFIT]],
      [BERGEN, '300.00', '0.2000000000', []],
      [OSLO, '200.00', '0.1333333333', [NetPositionFlag.PAYS_WITHOUT_BENEFIT]],
    ]);
    expect(all.organisations[1]).toMatchObject({ allocatedCostNok: '0.00', ownBudgetCostNok: '400.00' });
    // DigiFin: 100 / 1 500 = 0.0666…67
    expect(all.schemes).toEqual([
      { scheme: FundingScheme.DIGIFIN, paidNok: '100.00', share: '0.0666666667' },
    ]);
    // plannedNet = 2 000 − 1 500 = 500.00
    expect(all.totals).toEqual({
      allocatedCostNok: '1000.00',
      ownBudgetCostNok: '400.00',
      schemePaidNok: '100.00',
      paidNok: '1500.00',
      plannedBenefitNok: '2000.00',
      realisedBenefitNok: all.totals.realisedBenefitNok,
      plannedNetNok: '500.00',
      realisedNetNok: all.totals.realisedNetNok,
    });
    // Matrix: CENTRAL pays 500 + 400 = 900, LOCAL 500, DigiFin 100 — each halved over the two benefiting
    // levels (1 000 : 1 000). Each level's 1 000.00 planned over 900 : 500 : 100 (Σ 1 500): 600.00 exactly,
    // 333.333… → 333.33 (⅓ øre left) and 66.666… → 66.66 (⅔ øre left); the one øre over goes to the larger
    // remainder: DigiFin 66.67.
    expect(
      all.matrix.map((c) => [
        c.payerLevel,
        c.payerScheme,
        c.beneficiaryLevel,
        c.costNok,
        c.plannedBenefitNok,
      ]),
    ).toEqual([
      [AdministrativeLevel.CENTRAL, null, AdministrativeLevel.CENTRAL, '450.00', '600.00'],
      [AdministrativeLevel.CENTRAL, null, AdministrativeLevel.LOCAL, '450.00', '600.00'],
      [AdministrativeLevel.LOCAL, null, AdministrativeLevel.CENTRAL, '250.00', '333.33'],
      [AdministrativeLevel.LOCAL, null, AdministrativeLevel.LOCAL, '250.00', '333.33'],
      [null, FundingScheme.DIGIFIN, AdministrativeLevel.CENTRAL, '50.00', '66.67'],
      [null, FundingScheme.DIGIFIN, AdministrativeLevel.LOCAL, '50.00', '66.67'],
    ]);
  });

  it('does not flag an owner that funds from its own budget but has no item tied to it', () => {
    // The owner receives 1 000.00 of benefit (2025) and pays nothing; with its own-budget funding source it
    // is not flagged, without it it is.
    const owned = [benefit('b3', OWNER)];
    const levels = new Map([[OWNER, AdministrativeLevel.CENTRAL]]);
    const flagsOf = (rows: PaymentSumRow[]) =>
      netPositionsOf(
        '2025-06-30',
        range,
        visiblePayments({ kind: 'ALL' }, [initiative], rows),
        receivedBenefits({ kind: 'ALL' }, [initiative], owned, range),
        levels,
      ).organisations.find((row) => row.organisationId === OWNER)?.flags;
    expect(flagsOf([])).toEqual([NetPositionFlag.BENEFITS_WITHOUT_PAYING]);
    expect(flagsOf([funding[2]])).toEqual([]);
  });
});
