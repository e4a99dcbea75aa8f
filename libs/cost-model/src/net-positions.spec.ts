import { AdministrativeLevel, FundingScheme } from '@gevinst/domain';
import { netPositions } from './net-positions';
import { allocate } from './allocate';
import { costModelError } from '../testing/helpers';

describe('netPositions', () => {
  it('shows who pays and who benefits, per organisation and per administrative level', () => {
    // A state agency pays 600 000.00 and gains nothing; Oslo and Bergen pay 200 000.00 each and gain
    // 900 000.00 and 300 000.00 planned (450 000.00 and 100 000.00 realised); KS pays nothing and gains 50 000.00.
    const result = netPositions(
      [
        { organisationId: '991825827', level: AdministrativeLevel.CENTRAL, amount: '600000.00' },
        { organisationId: '958935420', level: AdministrativeLevel.LOCAL, amount: '200000.00' },
        { organisationId: '964338531', level: AdministrativeLevel.LOCAL, amount: '150000.00' },
        { organisationId: '964338531', level: AdministrativeLevel.LOCAL, amount: '50000.00' },
      ],
      [
        {
          organisationId: '958935420',
          level: AdministrativeLevel.LOCAL,
          planned: '900000.00',
          realised: '450000.00',
        },
        {
          organisationId: '964338531',
          level: AdministrativeLevel.LOCAL,
          planned: '300000.00',
          realised: '100000.00',
        },
        {
          organisationId: '971032146',
          level: AdministrativeLevel.LOCAL,
          planned: '50000.00',
          realised: '0.00',
        },
      ],
    );
    // total cost 1 000 000.00, total planned benefit 1 250 000.00, realised 550 000.00; nothing from own
    // budgets or schemes, so paid = 1 000 000.00 + 0 + 0
    expect(result.totals).toEqual({
      cost: '1000000.00',
      ownBudgetCost: '0.00',
      schemePaid: '0.00',
      paid: '1000000.00',
      plannedBenefit: '1250000.00',
      realisedBenefit: '550000.00',
      plannedNet: '250000.00',
      realisedNet: '-450000.00',
    });
    expect(result.organisations[0]).toEqual({
      organisationId: '991825827',
      level: 'CENTRAL',
      cost: '600000.00',
      ownBudgetCost: '0.00',
      paid: '600000.00',
      plannedBenefit: '0.00',
      realisedBenefit: '0.00',
      plannedNet: '-600000.00',
      realisedNet: '-600000.00',
      costShare: '0.6000000000',
      benefitShare: '0.0000000000',
      realisedBenefitShare: '0.0000000000',
      paysWithoutBenefit: true,
      benefitsWithoutPaying: false,
    });
    // Bergen: two allocation rows add up to 200 000.00; 300 000 / 1 250 000 = 0.24 of the planned benefit
    expect(result.organisations[2]).toMatchObject({
      cost: '200000.00',
      benefitShare: '0.2400000000',
      plannedNet: '100000.00',
    });
    expect(result.organisations[3]).toMatchObject({
      organisationId: '971032146',
      benefitsWithoutPaying: true,
    });
    // By level: central pays 60 % and gets nothing; local pays 40 % and gets everything.
    expect(
      result.levels.map((level) => [level.level, level.organisations, level.costShare, level.benefitShare]),
    ).toEqual([
      ['CENTRAL', 1, '0.6000000000', '0.0000000000'],
      ['LOCAL', 3, '0.4000000000', '1.0000000000'],
    ]);
    expect(result.levels[0].paysWithoutBenefit).toBe(true);
  });

  it('takes allocation lines straight from allocate and dis-benefits as negative amounts', () => {
    const allocation = allocate('1000.00', [{ id: 'A' }, { id: 'B' }], { method: 'EQUAL' });
    const result = netPositions(
      allocation.lines.map((line) => ({
        organisationId: line.participantId,
        level: AdministrativeLevel.REGIONAL,
        amount: line.amount,
      })),
      [{ organisationId: 'B', level: AdministrativeLevel.REGIONAL, planned: '-200.00', realised: '-100.00' }],
    );
    expect(result.organisations[1]).toMatchObject({
      plannedNet: '-700.00',
      paysWithoutBenefit: true,
      benefitShare: null,
    });
  });

  it('counts own-budget payments and scheme payers, and does not flag an own-budget funder', () => {
    // Initiative owned by Brønnøysund (CENTRAL). Bergen (LOCAL) is allocated 300 000.00; Brønnøysund pays
    // 500 000.00 of unallocated items from its own budget; DigiFin pays 150 000.00 and co-financing
    // 50 000.00. Σpaid = 300 000 + 500 000 + 150 000 + 50 000 = 1 000 000.00.
    // Benefits: Brønnøysund 400 000.00 planned, Bergen 900 000.00 planned (200 000.00 realised), Oslo
    // (LOCAL, funds 0 and pays nothing) 100 000.00 planned; Skatteetaten (CENTRAL) 50 000.00 planned and is an
    // own-budget funder with no item tied to it yet. Σplanned = 1 450 000.00, Σrealised = 200 000.00.
    const result = netPositions(
      [{ organisationId: 'bergen', level: AdministrativeLevel.LOCAL, amount: '300000.00' }],
      [
        {
          organisationId: 'brreg',
          level: AdministrativeLevel.CENTRAL,
          planned: '400000.00',
          realised: '0.00',
        },
        {
          organisationId: 'bergen',
          level: AdministrativeLevel.LOCAL,
          planned: '900000.00',
          realised: '200000.00',
        },
        { organisationId: 'oslo', level: AdministrativeLevel.LOCAL, planned: '100000.00', realised: '0.00' },
        {
          organisationId: 'skatt',
          level: AdministrativeLevel.CENTRAL,
          planned: '50000.00',
          realised: '0.00',
        },
      ],
      {
        ownBudget: [{ organisationId: 'brreg', level: AdministrativeLevel.CENTRAL, amount: '500000.00' }],
        schemes: [
          { scheme: FundingScheme.DIGIFIN, amount: '100000.00' },
          { scheme: FundingScheme.CO_FINANCING, amount: '50000.00' },
          { scheme: FundingScheme.DIGIFIN, amount: '50000.00' },
        ],
        ownBudgetFunders: ['brreg', 'skatt'],
      },
    );
    const byId = new Map(result.organisations.map((row) => [row.organisationId, row]));
    // Brønnøysund: paid 0 + 500 000 = 500 000.00 → 0.5 of Σpaid; net 400 000 − 500 000 = −100 000.00
    expect(byId.get('brreg')).toMatchObject({
      cost: '0.00',
      ownBudgetCost: '500000.00',
      paid: '500000.00',
      plannedNet: '-100000.00',
      realisedNet: '-500000.00',
      costShare: '0.5000000000',
      benefitsWithoutPaying: false,
      paysWithoutBenefit: false,
    });
    // Bergen: 300 000 / 1 000 000 = 0.3; net 900 000 − 300 000 = 600 000.00
    expect(byId.get('bergen')).toMatchObject({
      paid: '300000.00',
      costShare: '0.3000000000',
      plannedNet: '600000.00',
    });
    // Oslo benefits and neither pays nor funds: flagged. Skatteetaten funds from its own budget: not flagged.
    expect(byId.get('oslo')).toMatchObject({ paid: '0.00', benefitsWithoutPaying: true });
    expect(byId.get('skatt')).toMatchObject({ paid: '0.00', benefitsWithoutPaying: false });
    // Schemes in the FundingScheme order: co-financing 50 000 (0.05), DigiFin 100 000 + 50 000 = 150 000 (0.15)
    expect(result.schemes).toEqual([
      { scheme: 'CO_FINANCING', paid: '50000.00', share: '0.0500000000' },
      { scheme: 'DIGIFIN', paid: '150000.00', share: '0.1500000000' },
    ]);
    // plannedNet = 1 450 000 − 1 000 000 = 450 000.00; realisedNet = 200 000 − 1 000 000 = −800 000.00
    expect(result.totals).toEqual({
      cost: '300000.00',
      ownBudgetCost: '500000.00',
      schemePaid: '200000.00',
      paid: '1000000.00',
      plannedBenefit: '1450000.00',
      realisedBenefit: '200000.00',
      plannedNet: '450000.00',
      realisedNet: '-800000.00',
    });
    // Levels: CENTRAL paid 500 000 (0.5), LOCAL 300 000 (0.3); the schemes' 0.2 makes one.
    expect(
      result.levels.map((level) => [level.level, level.paid, level.costShare, level.benefitsWithoutPaying]),
    ).toEqual([
      ['CENTRAL', '500000.00', '0.5000000000', false],
      ['LOCAL', '300000.00', '0.3000000000', false],
    ]);
  });

  it('flags an own-budget payer without benefit as paying without benefit', () => {
    // The owner pays 10.00 from its own budget and gains nothing; Bergen gains 5.00 and pays nothing.
    const result = netPositions(
      [],
      [{ organisationId: 'bergen', level: AdministrativeLevel.LOCAL, planned: '5.00', realised: '0.00' }],
      { ownBudget: [{ organisationId: 'owner', level: AdministrativeLevel.CENTRAL, amount: '10.00' }] },
    );
    expect(
      result.organisations.map((row) => [
        row.organisationId,
        row.paysWithoutBenefit,
        row.benefitsWithoutPaying,
      ]),
    ).toEqual([
      ['owner', true, false],
      ['bergen', false, true],
    ]);
  });

  it('refuses a scheme that is not a grant scheme', () => {
    const error = costModelError(() =>
      netPositions([], [], { schemes: [{ scheme: 'OWN_BUDGET' as never, amount: '1.00' }] }),
    );
    expect(error.message).toBe(
      'schemes[0].scheme: must be a funding scheme: OWN_BUDGET, CO_FINANCING, DIGIFIN, STIMULAB or OTHER (got "OWN_BUDGET")',
    );
  });

  it('refuses an organisation given with two different levels', () => {
    const error = costModelError(() =>
      netPositions(
        [{ organisationId: 'X', level: AdministrativeLevel.LOCAL, amount: '1.00' }],
        [{ organisationId: 'X', level: AdministrativeLevel.CENTRAL, planned: '1.00', realised: '0.00' }],
      ),
    );
    expect(error.message).toBe(
      'benefits[0].level: organisation "X" is given as LOCAL elsewhere and as CENTRAL here',
    );
  });
});
