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
registerEnumType(CostItemSortField, { name: 'CostItemSortField' });

@InputType()
export class CostItemSort extends SortInput(CostItemSortField, CostItemSortField.YEAR) {}
