import { registerEnumType } from '@nestjs/graphql';

/** The two reports of the co-financing mechanism (cost-model's reportSchedule). */
export enum CoFinancingReportKind {
  ANNUAL = 'ANNUAL',
  FINAL = 'FINAL',
}

registerEnumType(CoFinancingReportKind, {
  name: 'CoFinancingReportKind',
  description: 'The kind of a co-financing report.',
  valuesMap: {
    ANNUAL: {
      description:
        'The annual report for a year before the completion year, due by 1 March the year after: accounts, deviations, benefits, the grant and the take-out.',
    },
    FINAL: {
      description:
        'The final report for the completion year (the end date’s year), due by 1 March the year after completion: the same parts over the whole project, with the grant not used.',
    },
  },
});
