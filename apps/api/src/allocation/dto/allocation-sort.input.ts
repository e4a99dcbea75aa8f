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
  description: 'What the allocations list is ordered by.',
  valuesMap: {
    YEAR: { description: 'The budget year.' },
    PLANNED_AMOUNT: { description: 'The planned amount (NOK).' },
    ACTUAL_AMOUNT: { description: 'The actual amount (NOK); none last.' },
    INITIATIVE: { description: "The initiative's code." },
    ORGANISATION: { description: "The paying organisation's name." },
  },
});

@InputType({ description: 'The order of the allocations list (default: year ascending).' })
export class AllocationSort extends SortInput(AllocationSortField, AllocationSortField.YEAR) {}
