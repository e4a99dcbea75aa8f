import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortInput } from '../../common/sorting.js';

export enum AllocationSortField {
  YEAR = 'YEAR',
  INITIATIVE = 'INITIATIVE',
  ORGANISATION = 'ORGANISATION',
  PLANNED_AMOUNT = 'PLANNED_AMOUNT',
  ACTUAL_AMOUNT = 'ACTUAL_AMOUNT',
}
registerEnumType(AllocationSortField, {
  name: 'AllocationSortField',
  valuesMap: {
    INITIATIVE: { description: "The initiative's code." },
    ORGANISATION: { description: "The paying organisation's name." },
  },
});

@InputType()
export class AllocationSort extends SortInput(AllocationSortField, AllocationSortField.YEAR) {}
