import { CoFinancingCallStatus } from '@gevinst/domain';
import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import '../co-financing-enums.js';
import { ListWindowArgs } from '../../common/list-window.js';
import { SortDirection } from '../../common/sort-direction.enum.js';
import { SortInput } from '../../common/sorting.js';

@InputType({ description: 'Which co-financing calls to list; every field given narrows the list.' })
export class CoFinancingCallFilter {
  @Field(() => CoFinancingCallStatus, {
    nullable: true,
    description: 'Only the calls with this status (OPEN or CLOSED).',
  })
  status?: CoFinancingCallStatus;

  @Field(() => Int, { nullable: true, description: 'Only the call of this year.' })
  year?: number;
}

export enum CoFinancingCallSortField {
  YEAR = 'YEAR',
  DEADLINE = 'DEADLINE',
  TITLE = 'TITLE',
}
registerEnumType(CoFinancingCallSortField, {
  name: 'CoFinancingCallSortField',
  description: 'What the co-financing calls list is ordered by.',
  valuesMap: {
    YEAR: { description: 'The year of the call (one call a year).' },
    DEADLINE: { description: 'The application deadline.' },
    TITLE: { description: 'The title.' },
  },
});

@InputType({ description: 'The order of the co-financing calls list (default: year descending).' })
export class CoFinancingCallSort extends SortInput(
  CoFinancingCallSortField,
  CoFinancingCallSortField.YEAR,
  SortDirection.DESC,
) {}

@ArgsType()
export class CoFinancingCallsArgs extends ListWindowArgs {
  @Field(() => CoFinancingCallFilter, { nullable: true, description: 'Which calls.' })
  filter?: CoFinancingCallFilter;

  @Field(() => CoFinancingCallSort, { nullable: true, description: 'Default: by year, newest first.' })
  sort?: CoFinancingCallSort;
}
