import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortInput } from '../../common/sorting.js';

export enum CostItemSortField {
  YEAR = 'YEAR',
  CATEGORY = 'CATEGORY',
  DESCRIPTION = 'DESCRIPTION',
  PLANNED_AMOUNT = 'PLANNED_AMOUNT',
  ACTUAL_AMOUNT = 'ACTUAL_AMOUNT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(CostItemSortField, {
  name: 'CostItemSortField',
  description: 'What the cost items list is ordered by.',
  valuesMap: {
    YEAR: { description: 'The year of the cost.' },
    CATEGORY: { description: 'The cost category.' },
    DESCRIPTION: { description: 'The description.' },
    PLANNED_AMOUNT: { description: 'The planned amount (NOK).' },
    ACTUAL_AMOUNT: { description: 'The actual amount (NOK); none last.' },
    UPDATED_AT: { description: 'When the item was last changed.' },
  },
});

@InputType({ description: 'The order of the cost items list (default: year ascending).' })
export class CostItemSort extends SortInput(CostItemSortField, CostItemSortField.YEAR) {}
