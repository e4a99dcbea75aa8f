import { FundingScheme } from '@gevinst/domain';
import { payments } from './payments';
import { costModelError } from '../testing/helpers';

const initiatives = [
  { id: 'i1', ownerId: 'brreg' },
  { id: 'i2', ownerId: 'nav' },
];

describe('payments', () => {
  it('pays allocated items by the run, unallocated items by the source they name', () => {
    // i1 (owner Brønnøysund): the run allocates 300 000.00 to Bergen and 200 000.00 to Oslo.
    // Unallocated: 400 000.00 naming no source → the owner's own budget; 100 000.00 OWN_BUDGET naming
    // Skatteetaten → Skatteetaten's own budget; 250 000.00 DIGIFIN → the DigiFin fund; 50 000.00 more
    // naming no source → added to the owner's 400 000.00 = 450 000.00.
    // i2 (owner NAV): 80 000.00 OWN_BUDGET naming nobody → NAV; 20 000.00 CO_FINANCING → the scheme.
    const result = payments(
      initiatives,
      [
        { initiativeId: 'i1', organisationId: 'bergen', amount: '300000.00' },
        { initiativeId: 'i1', organisationId: 'oslo', amount: '200000.00' },
      ],
      [
        { initiativeId: 'i1', amount: '400000.00', fundingScheme: null, payingOrganisationId: null },
        {
          initiativeId: 'i1',
          amount: '100000.00',
          fundingScheme: FundingScheme.OWN_BUDGET,
          payingOrganisationId: 'skatt',
        },
        {
          initiativeId: 'i1',
          amount: '250000.00',
          fundingScheme: FundingScheme.DIGIFIN,
          payingOrganisationId: null,
        },
        { initiativeId: 'i1', amount: '50000.00', fundingScheme: null, payingOrganisationId: null },
        {
          initiativeId: 'i2',
          amount: '80000.00',
          fundingScheme: FundingScheme.OWN_BUDGET,
          payingOrganisationId: null,
        },
        {
          initiativeId: 'i2',
          amount: '20000.00',
          fundingScheme: FundingScheme.CO_FINANCING,
          payingOrganisationId: null,
        },
      ],
    );
    expect(result.map((p) => [p.initiativeId, p.kind, p.organisationId ?? p.scheme, p.amount])).toEqual([
      ['i1', 'ALLOCATION', 'bergen', '300000.00'],
      ['i1', 'ALLOCATION', 'oslo', '200000.00'],
      ['i1', 'OWN_BUDGET', 'brreg', '450000.00'],
      ['i1', 'OWN_BUDGET', 'skatt', '100000.00'],
      ['i1', 'GRANT', 'DIGIFIN', '250000.00'],
      ['i2', 'OWN_BUDGET', 'nav', '80000.00'],
      ['i2', 'GRANT', 'CO_FINANCING', '20000.00'],
    ]);
    // i1's costs: 500 000 allocated + 400 000 + 100 000 + 250 000 + 50 000 = 1 300 000.00 =
    // 300 000 + 200 000 + 450 000 + 100 000 + 250 000 ✓
  });

  it('counts an item a key will allocate for the owner’s own budget until a run allocates it, but a named grant for the grant', () => {
    // 70 000.00 naming DigiFin and 30 000.00 naming NAV's own budget, both in a year whose key has not been
    // run: the grant item is DigiFin's (it names the grant explicitly); the funding plan counts the other for
    // the key participants' own budgets (costPayer), so here the owner pays its 30 000.00 until a run says
    // who pays what.
    const result = payments(
      [{ id: 'i1', ownerId: 'brreg' }],
      [],
      [
        {
          initiativeId: 'i1',
          amount: '70000.00',
          fundingScheme: FundingScheme.DIGIFIN,
          payingOrganisationId: null,
          allocatedByKey: true,
        },
        {
          initiativeId: 'i1',
          amount: '30000.00',
          fundingScheme: FundingScheme.OWN_BUDGET,
          payingOrganisationId: 'nav',
          allocatedByKey: true,
        },
      ],
    );
    expect(result.map((p) => [p.kind, p.organisationId, p.scheme, p.amount])).toEqual([
      ['GRANT', null, FundingScheme.DIGIFIN, '70000.00'],
      ['OWN_BUDGET', 'brreg', null, '30000.00'],
    ]);
  });

  it('keeps an organisation that is both allocated and own-budget payer on two rows', () => {
    const result = payments(
      [{ id: 'i1', ownerId: 'brreg' }],
      [{ initiativeId: 'i1', organisationId: 'brreg', amount: '10.00' }],
      [{ initiativeId: 'i1', amount: '0.01', fundingScheme: null, payingOrganisationId: null }],
    );
    expect(result.map((p) => [p.kind, p.organisationId, p.amount])).toEqual([
      ['ALLOCATION', 'brreg', '10.00'],
      ['OWN_BUDGET', 'brreg', '0.01'],
    ]);
  });

  it('refuses an initiative not listed, an unknown scheme and a paying organisation on a grant', () => {
    expect(
      costModelError(() =>
        payments(initiatives, [{ initiativeId: 'i9', organisationId: 'x', amount: '1.00' }], []),
      ).message,
    ).toBe('allocations[0].initiativeId: must be one of the initiatives given (got "i9")');
    expect(
      costModelError(() =>
        payments(
          initiatives,
          [],
          [
            {
              initiativeId: 'i1',
              amount: '1.00',
              fundingScheme: 'LOTTERY' as FundingScheme,
              payingOrganisationId: null,
            },
          ],
        ),
      ).message,
    ).toBe(
      'unallocated[0].fundingScheme: must be a funding scheme: OWN_BUDGET, CO_FINANCING, DIGIFIN, STIMULAB or OTHER (got "LOTTERY")',
    );
    expect(
      costModelError(() =>
        payments(
          initiatives,
          [],
          [
            {
              initiativeId: 'i1',
              amount: '1.00',
              fundingScheme: FundingScheme.DIGIFIN,
              payingOrganisationId: 'x',
            },
          ],
        ),
      ).message,
    ).toBe(
      'unallocated[0].payingOrganisationId: only an own-budget item names a paying organisation; DIGIFIN is paid by the scheme',
    );
    expect(
      costModelError(() =>
        payments(
          initiatives,
          [],
          [{ initiativeId: 'i1', amount: '-1.00', fundingScheme: null, payingOrganisationId: null }],
        ),
      ).message,
    ).toMatch(/^unallocated\[0\]\.amount: /);
  });
});
