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
  description: 'What the benefits list is ordered by.',
  valuesMap: {
    TITLE: { description: 'The title.' },
    CATEGORY: { description: 'The benefit category.' },
    STATUS: { description: 'The status.' },
    BASELINE_DATE: { description: "The date of the indicator's baseline." },
    CREATED_AT: { description: 'When the benefit was created.' },
    UPDATED_AT: { description: 'When the benefit was last changed.' },
    INITIATIVE: { description: "The initiative's code, then the order the benefits were added." },
  },
});

@InputType({ description: 'The order of the benefits list (default: by initiative, ascending).' })
export class BenefitSort extends SortInput(BenefitSortField, BenefitSortField.INITIATIVE) {}
