import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ListWindowArgs } from '../../common/list-window.js';
import { SortInput } from '../../common/sorting.js';

@InputType({ description: 'Which counties to list; every field given narrows the list.' })
export class CountyFilter {
  @Field({
    nullable: true,
    description: 'Matched against the name (any part, any case) or the number (exactly).',
  })
  search?: string;
}

export enum CountySortField {
  NUMBER = 'NUMBER',
  NAME = 'NAME',
}
registerEnumType(CountySortField, {
  name: 'CountySortField',
  description: 'What the counties list is ordered by.',
  valuesMap: {
    NUMBER: { description: 'The two-digit county number.' },
    NAME: { description: 'The name, in Norwegian alphabetical order.' },
  },
});

@InputType({ description: 'The order of the counties list (default: number ascending).' })
export class CountySort extends SortInput(CountySortField, CountySortField.NUMBER) {}

@ArgsType()
export class CountiesArgs extends ListWindowArgs {
  @Field(() => CountyFilter, { nullable: true, description: 'Which counties.' })
  filter?: CountyFilter;

  @Field(() => CountySort, { nullable: true, description: 'Default: by number.' })
  sort?: CountySort;
}
