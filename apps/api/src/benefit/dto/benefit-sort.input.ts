import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortInput } from '../../common/sorting.js';

export enum BenefitSortField {
  INITIATIVE = 'INITIATIVE',
  TITLE = 'TITLE',
  CATEGORY = 'CATEGORY',
  STATUS = 'STATUS',
  BASELINE_DATE = 'BASELINE_DATE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(BenefitSortField, {
  name: 'BenefitSortField',
  valuesMap: {
    INITIATIVE: { description: "The initiative's code, then the order the benefits were added." },
  },
});

@InputType()
export class BenefitSort extends SortInput(BenefitSortField, BenefitSortField.INITIATIVE) {}
