import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { SortDirection } from '../../common/sort-direction.enum.js';
import { ListWindowArgs } from '../../common/list-window.js';
import { SortInput } from '../../common/sorting.js';

@InputType({ description: 'Which population years to list; every field given narrows the list.' })
export class PopulationYearFilter {
  @Field(() => Int, { nullable: true, description: 'Only this year and later.' })
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: 'Only this year and earlier.' })
  toYear?: number;
}

export enum PopulationYearSortField {
  YEAR = 'YEAR',
  ORGANISATION_COUNT = 'ORGANISATION_COUNT',
}
registerEnumType(PopulationYearSortField, {
  name: 'PopulationYearSortField',
  description: 'What the population years list is ordered by.',
  valuesMap: {
    YEAR: { description: 'The year.' },
    ORGANISATION_COUNT: { description: 'How many organisations have a figure for the year.' },
  },
});

@InputType({ description: 'The order of the population years list (default: year descending).' })
export class PopulationYearSort extends SortInput(
  PopulationYearSortField,
  PopulationYearSortField.YEAR,
  SortDirection.DESC,
) {}

@ArgsType()
export class PopulationYearsArgs extends ListWindowArgs {
  @Field(() => PopulationYearFilter, { nullable: true, description: 'Which years.' })
  filter?: PopulationYearFilter;

  @Field(() => PopulationYearSort, { nullable: true, description: 'Default: by year, newest first.' })
  sort?: PopulationYearSort;
}
