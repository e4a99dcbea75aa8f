import { fundingSourceAccountProblems } from './funding-accounts';
import { FundingScheme } from './initiative';
import { renderMessage } from './messages';

const problems = (source: Parameters<typeof fundingSourceAccountProblems>[0]) =>
  fundingSourceAccountProblems(source).map((p) => `${p.field}: ${renderMessage(p.message, 'en')}`);

describe('fundingSourceAccountProblems', () => {
  it('accepts an own budget with kapittel 0540 post 01, and neither', () => {
    expect(problems({ scheme: FundingScheme.OWN_BUDGET, budgetChapter: '0540', budgetPost: '01' })).toEqual(
      [],
    );
    expect(problems({ scheme: FundingScheme.OWN_BUDGET })).toEqual([]);
    expect(problems({ scheme: FundingScheme.OWN_BUDGET, budgetChapter: ' ', budgetPost: '' })).toEqual([]);
  });

  it('refuses a chapter that is not four digits and a post that is not two, and one without the other', () => {
    expect(problems({ scheme: FundingScheme.OWN_BUDGET, budgetChapter: '540', budgetPost: '1' })).toEqual([
      'budgetChapter: must be a budget chapter of four digits as in the state budget (kapittel, e.g. 0540; got "540")',
      'budgetPost: must be a budget post of two digits as in the state budget (post, e.g. 01; got "1")',
    ]);
    expect(problems({ scheme: FundingScheme.OWN_BUDGET, budgetChapter: '0540' })).toEqual([
      'budgetPost: a budget post needs its chapter, and a chapter its post',
    ]);
    expect(problems({ scheme: FundingScheme.OWN_BUDGET, budgetPost: '01' })).toEqual([
      'budgetChapter: a budget post needs its chapter, and a chapter its post',
    ]);
  });

  it('names a chapter and post on an own budget only, in-kind support on StimuLab only', () => {
    expect(problems({ scheme: FundingScheme.CO_FINANCING, budgetChapter: '0540', budgetPost: '01' })).toEqual(
      [
        "budgetChapter: only an agency's own budget (OWN_BUDGET) has a budget chapter and post, not CO_FINANCING",
      ],
    );
    expect(
      problems({ scheme: FundingScheme.STIMULAB, inKindDescription: 'tjenestedesign, 400 timer' }),
    ).toEqual([]);
    expect(problems({ scheme: FundingScheme.DIGIFIN, inKindDescription: 'rådgivning' })).toEqual([
      'inKindDescription: only StimuLab support (STIMULAB) is described as in kind, not DIGIFIN',
    ]);
    expect(problems({ scheme: FundingScheme.STIMULAB, inKindDescription: 'x'.repeat(501) })).toHaveLength(1);
  });
});
