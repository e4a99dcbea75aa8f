/**
 * English messages of the budget module (issue 21): the four-year forecast, KOSTRA codes, the invoice
 * basis and key confirmations (apps/api/src/budget). See ../types.ts for the conventions.
 */
export const budgetEn = {
  OBJECTION_NEEDS_COMMENT: () => 'say why you object: an objection needs a comment',
  KEY_CONFIRMATION_PARTICIPANTS_ONLY: (p: { initiative: string }) =>
    `Only a paying participant of ${p.initiative} confirms or objects to its cost-sharing key, for itself`,
  KEY_VERSION_NOT_CURRENT: (p: { key: string; version: number }) =>
    `this is not the current version of "${p.key}": reload and answer version ${p.version}`,
  KOSTRA_CODE_FORMAT: (p: { got: string }) => `a KOSTRA code has three digits (such as 270), not ${p.got}`,
};
