import { StatusReportState } from '@gevinst/domain';
import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import '../status-report-enums.js';
import { ListWindowArgs } from '../../common/list-window.js';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import { SortInput } from '../../common/sorting.js';

@InputType({ description: 'Which status report deadlines to list; every field given narrows the list.' })
export class StatusReportDeadlineFilter {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The date to judge on; default today in Norway.',
  })
  asOf?: string;

  @Field({ nullable: true, description: 'Only the overdue reports.' })
  overdueOnly?: boolean;

  @Field(() => StatusReportState, {
    nullable: true,
    description: 'Only the reports in this state (DUE or OVERDUE).',
  })
  state?: StatusReportState;

  @Field(() => ID, { nullable: true, description: 'Only the benefits of this initiative.' })
  initiativeId?: string;
}

export enum StatusReportDeadlineSortField {
  URGENCY = 'URGENCY',
  DUE_DATE = 'DUE_DATE',
  INITIATIVE_CODE = 'INITIATIVE_CODE',
}
registerEnumType(StatusReportDeadlineSortField, {
  name: 'StatusReportDeadlineSortField',
  description: 'What the status report deadlines are ordered by.',
  valuesMap: {
    URGENCY: { description: 'Overdue first, then by due date, initiative code and benefit title.' },
    DUE_DATE: { description: 'The due date, then initiative code and benefit title.' },
    INITIATIVE_CODE: { description: 'The initiative code, then the benefit title.' },
  },
});

@InputType({ description: 'The order of the status report deadlines (default: by urgency).' })
export class StatusReportDeadlineSort extends SortInput(
  StatusReportDeadlineSortField,
  StatusReportDeadlineSortField.URGENCY,
) {}

@ArgsType()
export class StatusReportDeadlinesArgs extends ListWindowArgs {
  @Field(() => StatusReportDeadlineFilter, {
    nullable: true,
    description: 'Which deadlines (replaces the loose arguments).',
  })
  filter?: StatusReportDeadlineFilter;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The date to judge on; default today in Norway.',
    deprecationReason: 'Use filter.asOf.',
  })
  asOf?: string | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Only the overdue reports.',
    deprecationReason: 'Use filter.overdueOnly.',
  })
  overdueOnly?: boolean;

  @Field(() => StatusReportDeadlineSort, {
    nullable: true,
    description: 'Default: overdue first, then by due date.',
  })
  sort?: StatusReportDeadlineSort;
}

@InputType({ description: 'Which initiatives’ status overviews; initiativeIds is required.' })
export class InitiativeStatusOverviewFilter {
  @Field(() => [ID], { nullable: true, description: 'The ids of the initiatives (required, at most 100).' })
  initiativeIds?: string[];
}

export enum InitiativeStatusOverviewSortField {
  NAMED = 'NAMED',
  INITIATIVE_ID = 'INITIATIVE_ID',
}
registerEnumType(InitiativeStatusOverviewSortField, {
  name: 'InitiativeStatusOverviewSortField',
  description: 'What the status overviews are ordered by.',
  valuesMap: {
    NAMED: { description: 'The order the initiatives were named in.' },
    INITIATIVE_ID: { description: "The initiative's id." },
  },
});

@InputType({ description: 'The order of the status overviews (default: as named).' })
export class InitiativeStatusOverviewSort extends SortInput(
  InitiativeStatusOverviewSortField,
  InitiativeStatusOverviewSortField.NAMED,
) {}

@ArgsType()
export class InitiativeStatusOverviewsArgs extends ListWindowArgs {
  @Field(() => InitiativeStatusOverviewFilter, {
    nullable: true,
    description: 'Which initiatives (replaces initiativeIds).',
  })
  filter?: InitiativeStatusOverviewFilter;

  @Field(() => [ID], {
    nullable: true,
    description: 'The ids of the initiatives.',
    deprecationReason: 'Use filter.initiativeIds.',
  })
  initiativeIds?: string[];

  @Field(() => InitiativeStatusOverviewSort, { nullable: true, description: 'Default: in the order named.' })
  sort?: InitiativeStatusOverviewSort;
}
