import {
  FundingScheme,
  costItemFundingProblems,
  fundingSourceOrganisation,
  fundingSourceProblems,
  isGrantScheme,
} from './initiative';
import { renderMessage } from './messages';

const OWNER = '11111111-1111-4111-8111-111111111111';
const PARTNER = '22222222-2222-4222-8222-222222222222';

/** The problems as field → English text, to compare whole answers. */
const rendered = (problems: { field: string; message: Parameters<typeof renderMessage>[0] }[]) =>
  problems.map((p) => `${p.field}: ${renderMessage(p.message, 'en')}`);

describe('funding sources', () => {
  it('knows the grant schemes: the scheme pays, no organisation does', () => {
    expect(Object.values(FundingScheme).filter(isGrantScheme)).toEqual([
      'CO_FINANCING',
      'DIGIFIN',
      'STIMULAB',
    ]);
  });

  it('accepts a planned own-budget source with a received amount', () => {
    expect(
      fundingSourceProblems({
        year: 2025,
        scheme: FundingScheme.OWN_BUDGET,
        organisationId: PARTNER,
        amount: '1500000',
        receivedAmount: '750000.50',
      }),
    ).toEqual([]);
  });

  it('reports the year, the organisation of a grant and negative amounts together', () => {
    expect(
      rendered(
        fundingSourceProblems({
          year: 1989,
          scheme: FundingScheme.DIGIFIN,
          organisationId: PARTNER,
          amount: '-1.00',
          receivedAmount: '-0.01',
          description: 'x'.repeat(1001),
        }),
      ),
    ).toEqual([
      'year: must be a year between 1990 and 2200 (got 1989)',
      "organisationId: must be empty: a DIGIFIN grant is paid by the scheme, not from an organisation's own budget",
      'amount: must not be negative (got "-1.00")',
      'receivedAmount: must not be negative (got "-0.01")',
      'description: must be at most 1000 characters',
    ]);
  });

  it('rejects a year that is not a whole number', () => {
    expect(
      rendered(fundingSourceProblems({ year: 2025.5, scheme: FundingScheme.OTHER, amount: '0' })),
    ).toEqual(['year: must be a year between 1990 and 2200 (got 2025.5)']);
  });

  it("stores an own budget without an organisation as the owner's, a grant with none, OTHER as given", () => {
    expect(fundingSourceOrganisation(FundingScheme.OWN_BUDGET, null, OWNER)).toBe(OWNER);
    expect(fundingSourceOrganisation(FundingScheme.OWN_BUDGET, undefined, OWNER)).toBe(OWNER);
    expect(fundingSourceOrganisation(FundingScheme.OWN_BUDGET, PARTNER, OWNER)).toBe(PARTNER);
    expect(fundingSourceOrganisation(FundingScheme.CO_FINANCING, null, OWNER)).toBeNull();
    expect(fundingSourceOrganisation(FundingScheme.OTHER, null, OWNER)).toBeNull();
    expect(fundingSourceOrganisation(FundingScheme.OTHER, PARTNER, OWNER)).toBe(PARTNER);
  });
});

describe("a cost item's paying source", () => {
  it('names whose budget pays only with OWN_BUDGET', () => {
    expect(
      costItemFundingProblems({ fundingScheme: FundingScheme.OWN_BUDGET, payingOrganisationId: PARTNER }),
    ).toEqual([]);
    expect(costItemFundingProblems({ fundingScheme: FundingScheme.CO_FINANCING })).toEqual([]);
    expect(costItemFundingProblems({})).toEqual([]);
    expect(
      rendered(
        costItemFundingProblems({ fundingScheme: FundingScheme.DIGIFIN, payingOrganisationId: PARTNER }),
      ),
    ).toEqual([
      'payingOrganisationId: must be empty unless fundingScheme is OWN_BUDGET (got DIGIFIN): only an own budget belongs to an organisation',
    ]);
    expect(rendered(costItemFundingProblems({ payingOrganisationId: PARTNER }))).toEqual([
      'payingOrganisationId: must be empty unless fundingScheme is OWN_BUDGET (got none): only an own budget belongs to an organisation',
    ]);
  });
});
