import { FundingScheme, type FieldProblem } from './initiative';
import { msg } from './messages';

/** A budget chapter (kapittel) in the state budget: four digits (e.g. 0540, 1600). */
export const BUDGET_CHAPTER_PATTERN = /^\d{4}$/;
/** A budget post (post) under a chapter: two digits (01 operating expenses, 21, 45, …). */
export const BUDGET_POST_PATTERN = /^\d{2}$/;
/** The longest description of StimuLab's in-kind support. */
export const IN_KIND_DESCRIPTION_MAX = 500;

function quoted(value: string): string {
  return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
}

/**
 * The problems of a funding source's budget chapter and post and in-kind description: only an agency's own
 * budget (OWN_BUDGET) names a chapter and post, both or neither, the chapter four digits and the post two
 * (the state budget's numbering, Prop. 1 S: kapittel 0001–9999, post 01–99); only StimuLab support
 * (STIMULAB) is described as in kind, at most IN_KIND_DESCRIPTION_MAX characters.
 */
export function fundingSourceAccountProblems(source: {
  scheme: FundingScheme;
  budgetChapter?: string | null;
  budgetPost?: string | null;
  inKindDescription?: string | null;
}): FieldProblem<'budgetChapter' | 'budgetPost' | 'inKindDescription'>[] {
  const problems: FieldProblem<'budgetChapter' | 'budgetPost' | 'inKindDescription'>[] = [];
  const chapter = source.budgetChapter?.trim() || null;
  const post = source.budgetPost?.trim() || null;
  if (chapter !== null || post !== null) {
    if (source.scheme !== FundingScheme.OWN_BUDGET)
      problems.push({
        field: chapter !== null ? 'budgetChapter' : 'budgetPost',
        message: msg('BUDGET_ACCOUNT_OWN_BUDGET', { scheme: source.scheme }),
      });
    else {
      if (chapter !== null && !BUDGET_CHAPTER_PATTERN.test(chapter))
        problems.push({ field: 'budgetChapter', message: msg('BUDGET_CHAPTER', { got: quoted(chapter) }) });
      if (post !== null && !BUDGET_POST_PATTERN.test(post))
        problems.push({ field: 'budgetPost', message: msg('BUDGET_POST', { got: quoted(post) }) });
      if (chapter === null || post === null)
        problems.push({
          field: chapter === null ? 'budgetChapter' : 'budgetPost',
          message: msg('BUDGET_POST_NEEDS_CHAPTER'),
        });
    }
  }
  const inKind = source.inKindDescription?.trim() || null;
  if (inKind !== null) {
    if (source.scheme !== FundingScheme.STIMULAB)
      problems.push({
        field: 'inKindDescription',
        message: msg('IN_KIND_STIMULAB_ONLY', { scheme: source.scheme }),
      });
    else if (inKind.length > IN_KIND_DESCRIPTION_MAX)
      problems.push({
        field: 'inKindDescription',
        message: msg('TOO_LONG', { max: IN_KIND_DESCRIPTION_MAX }),
      });
  }
  return problems;
}
