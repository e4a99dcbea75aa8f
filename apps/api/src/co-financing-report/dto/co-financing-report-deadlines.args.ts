import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ListWindowArgs } from '../../common/list-window.js';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import { SortInput } from '../../common/sorting.js';

@InputType({
  description: 'Which co-financing report deadlines to list; every field given narrows the list.',
})
export class CoFinancingReportDeadlinesFilter {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The date to judge the deadlines on; default today in Norway.',
  })
  asOf?: string;

  @Field({ nullable: true, description: 'Only the initiatives with an overdue report.' })
  overdueOnly?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only this initiative.' })
  initiativeId?: string;
}

export enum CoFinancingReportDeadlinesSortField {
  CODE = 'CODE',
  NAME = 'NAME',
  NEXT_DUE_DATE = 'NEXT_DUE_DATE',
  OVERDUE_COUNT = 'OVERDUE_COUNT',
}
registerEnumType(CoFinancingReportDeadlinesSortField, {
  name: 'CoFinancingReportDeadlinesSortField',
  description: 'What the co-financing report deadlines are ordered by (ties: as by code).',
  valuesMap: {
    CODE: { description: "The initiative's code." },
    NAME: { description: "The initiative's name." },
    NEXT_DUE_DATE: { description: 'The due date of the next report not submitted (none: last).' },
    OVERDUE_COUNT: { description: 'How many reports are overdue.' },
  },
});

@InputType({ description: 'The order of the co-financing report deadlines (default: by code).' })
export class CoFinancingReportDeadlinesSort extends SortInput(
  CoFinancingReportDeadlinesSortField,
  CoFinancingReportDeadlinesSortField.CODE,
) {}

@ArgsType()
export class CoFinancingReportDeadlinesArgs extends ListWindowArgs {
  @Field(() => CoFinancingReportDeadlinesFilter, {
    nullable: true,
    description: 'Which deadlines (replaces the loose arguments).',
  })
  filter?: CoFinancingReportDeadlinesFilter;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The date to judge the deadlines on; default today in Norway.',
    deprecationReason: 'Use filter.asOf.',
  })
  asOf?: string | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Only the initiatives with an overdue report.',
    deprecationReason: 'Use filter.overdueOnly.',
  })
  overdueOnly?: boolean;

  @Field(() => CoFinancingReportDeadlinesSort, { nullable: true, description: 'Default: by code.' })
  sort?: CoFinancingReportDeadlinesSort;
}
