import {
  AdministrativeLevel,
  BenefitCategory,
  BenefitStatus,
  type FinancialDetailScope,
  IndicatorDirection,
} from '@gevinst/domain';
import { BenefitCalculator } from '../realisation/benefit-figures.js';
import { matrix, netPositionsOf, receivedBenefits, visibleCosts } from './net-positions.js';
import type { AllocationSumRow, PortfolioInitiativeRow } from './portfolio.repository.js';

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
const allocations: AllocationSumRow[] = [
  { initiative_id: 'i1', organisation_id: BERGEN, level: AdministrativeLevel.LOCAL, amount: '300.00' },
  { initiative_id: 'i1', organisation_id: OSLO, level: AdministrativeLevel.LOCAL, amount: '200.00' },
  { initiative_id: 'i1', organisation_id: AGENCY, level: AdministrativeLevel.CENTRAL, amount: '500.00' },
];
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
      targets: [{ date: '2025-12-31', value: '10' }],
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
      visibleCosts(scope, [initiative], allocations).map((cost) => cost.organisationId),
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
    expect(visibleCosts({ kind: 'ALL' }, [], allocations)).toEqual([]);
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
        visibleCosts(scope, [initiative], allocations),
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

  it('splits who pays against who benefits exactly, by level', () => {
    const cells = matrix(
      [
        { initiativeId: 'a', organisationId: 'x', level: AdministrativeLevel.LOCAL, amount: '300.00' },
        { initiativeId: 'a', organisationId: 'y', level: AdministrativeLevel.CENTRAL, amount: '100.00' },
      ],
      [
        {
          initiativeId: 'a',
          organisationId: 'x',
          level: AdministrativeLevel.LOCAL,
          planned: '200.00',
          realised: '0.00',
        },
        {
          initiativeId: 'a',
          organisationId: 'y',
          level: AdministrativeLevel.CENTRAL,
          planned: '200.00',
          realised: '0.00',
        },
        // No one pays for this initiative: its benefit goes to the row "no payer".
        {
          initiativeId: 'b',
          organisationId: 'x',
          level: AdministrativeLevel.LOCAL,
          planned: '10.00',
          realised: '1.00',
        },
      ],
    );
    expect(cells.map((c) => [c.payerLevel, c.beneficiaryLevel, c.costNok, c.plannedBenefitNok])).toEqual([
      [AdministrativeLevel.CENTRAL, AdministrativeLevel.CENTRAL, '50.00', '50.00'],
      [AdministrativeLevel.CENTRAL, AdministrativeLevel.LOCAL, '50.00', '50.00'],
      [AdministrativeLevel.LOCAL, AdministrativeLevel.CENTRAL, '150.00', '150.00'],
      [AdministrativeLevel.LOCAL, AdministrativeLevel.LOCAL, '150.00', '150.00'],
      [null, AdministrativeLevel.LOCAL, '0.00', '10.00'],
    ]);
  });
});
