import { AdministrativeLevel } from '@gevinst/domain';
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
    // total cost 1 000 000.00, total planned benefit 1 250 000.00, realised 550 000.00
    expect(result.totals).toEqual({
      cost: '1000000.00',
      plannedBenefit: '1250000.00',
      realisedBenefit: '550000.00',
      plannedNet: '250000.00',
      realisedNet: '-450000.00',
    });
    expect(result.organisations[0]).toEqual({
      organisationId: '991825827',
      level: 'CENTRAL',
      cost: '600000.00',
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
