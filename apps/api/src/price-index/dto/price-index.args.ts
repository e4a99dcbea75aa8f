import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ListWindowArgs } from '../../common/list-window.js';
import { SortInput } from '../../common/sorting.js';

@InputType({ description: 'Which price index years to list; every field given narrows the list.' })
export class PriceIndexFilter {
  @Field(() => Int, { nullable: true, description: 'Only this year and later.' })
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: 'Only this year and earlier.' })
  toYear?: number;
}

export enum PriceIndexSortField {
  YEAR = 'YEAR',
}
registerEnumType(PriceIndexSortField, {
  name: 'PriceIndexSortField',
  description: 'What the price index list is ordered by.',
  valuesMap: { YEAR: { description: 'The year.' } },
});

@InputType({ description: 'The order of the price index list (default: year ascending).' })
export class PriceIndexSort extends SortInput(PriceIndexSortField, PriceIndexSortField.YEAR) {}

@ArgsType()
export class PriceIndexArgs extends ListWindowArgs {
  @Field(() => PriceIndexFilter, { nullable: true, description: 'Which years.' })
  filter?: PriceIndexFilter;

  @Field(() => PriceIndexSort, { nullable: true, description: 'Default: by year, earliest first.' })
  sort?: PriceIndexSort;
}
