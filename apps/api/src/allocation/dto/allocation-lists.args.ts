import { AllocationRunStatus } from '@gevinst/domain';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import '../../graphql/enums.js';
import { ListWindowArgs } from '../../common/list-window.js';
import { SortDirection } from '../../common/sort-direction.enum.js';
import { SortInput } from '../../common/sorting.js';

@InputType({
  description: 'Which allocation runs to list; initiativeId is required, every other field narrows the list.',
})
export class AllocationRunFilter {
  @Field(() => ID, { nullable: true, description: "The initiative's id (required)." })
  initiativeId?: string;

  @Field(() => Int, { nullable: true, description: 'Only the runs of this budget year.' })
  year?: number;

  @Field(() => AllocationRunStatus, {
    nullable: true,
    description: 'Only the CURRENT or only the SUPERSEDED runs.',
  })
  status?: AllocationRunStatus;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Only the runs created or superseded at or after this instant (a run changes in no other way); for synchronising, as updatedSince on the other lists.',
  })
  updatedSince?: Date;
}

export enum AllocationRunSortField {
  YEAR = 'YEAR',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(AllocationRunSortField, {
  name: 'AllocationRunSortField',
  description: 'What the allocation runs list is ordered by.',
  valuesMap: {
    YEAR: { description: 'The budget year (ties: newest run first in a descending order).' },
    CREATED_AT: { description: 'When the run was made.' },
  },
});

@InputType({
  description: 'The order of the allocation runs list (default: year descending, then newest first).',
})
export class AllocationRunSort extends SortInput(
  AllocationRunSortField,
  AllocationRunSortField.YEAR,
  SortDirection.DESC,
) {}

@ArgsType()
export class AllocationRunsArgs extends ListWindowArgs {
  @Field(() => AllocationRunFilter, {
    nullable: true,
    description: 'Which runs (replaces the loose arguments).',
  })
  filter?: AllocationRunFilter;

  @Field(() => ID, {
    nullable: true,
    description: "The initiative's id.",
    deprecationReason: 'Use filter.initiativeId.',
  })
  initiativeId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Only the runs of this budget year; empty: all years.',
    deprecationReason: 'Use filter.year.',
  })
  year?: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Only the runs created or superseded at or after this instant.',
    deprecationReason: 'Use filter.updatedSince.',
  })
  updatedSince?: Date;

  @Field(() => AllocationRunSort, { nullable: true, description: 'Default: by year, newest first.' })
  sort?: AllocationRunSort;
}

@InputType({
  description: 'Which driver values to list; initiativeId is required, every other field narrows the list.',
})
export class AllocationDriverFilter {
  @Field(() => ID, { nullable: true, description: "The initiative's id (required)." })
  initiativeId?: string;

  @Field(() => Int, { nullable: true, description: 'Only the values of this year.' })
  year?: number;

  @Field(() => ID, { nullable: true, description: 'Only the values of this participant organisation.' })
  organisationId?: string;

  @Field({ nullable: true, description: 'Only the values of this driver, e.g. "transactions".' })
  driver?: string;
}

export enum AllocationDriverSortField {
  YEAR = 'YEAR',
  VALUE = 'VALUE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(AllocationDriverSortField, {
  name: 'AllocationDriverSortField',
  description: 'What the allocation drivers list is ordered by (ties: by year, driver and organisation).',
  valuesMap: {
    YEAR: { description: 'The year of the value.' },
    VALUE: { description: 'The value.' },
    UPDATED_AT: { description: 'When the value was last changed.' },
  },
});

@InputType({
  description: 'The order of the allocation drivers list (default: year, driver and organisation ascending).',
})
export class AllocationDriverSort extends SortInput(
  AllocationDriverSortField,
  AllocationDriverSortField.YEAR,
) {}

@ArgsType()
export class AllocationDriversArgs extends ListWindowArgs {
  @Field(() => AllocationDriverFilter, {
    nullable: true,
    description: 'Which values (replaces the loose arguments).',
  })
  filter?: AllocationDriverFilter;

  @Field(() => ID, {
    nullable: true,
    description: "The initiative's id.",
    deprecationReason: 'Use filter.initiativeId.',
  })
  initiativeId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Only the drivers of this year; empty: all years.',
    deprecationReason: 'Use filter.year.',
  })
  year?: number;

  @Field(() => AllocationDriverSort, {
    nullable: true,
    description: 'Default: by year, driver and organisation.',
  })
  sort?: AllocationDriverSort;
}
