import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortInput } from '../../common/sorting.js';

export enum CostSharingKeySortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(CostSharingKeySortField, {
  name: 'CostSharingKeySortField',
  description: 'What the cost-sharing keys list is ordered by.',
  valuesMap: {
    NAME: { description: "The key's name." },
    CREATED_AT: { description: 'When the key was created.' },
    UPDATED_AT: { description: 'When the key was last changed.' },
  },
});

@InputType({ description: 'The order of the cost-sharing keys list (default: name ascending).' })
export class CostSharingKeySort extends SortInput(CostSharingKeySortField, CostSharingKeySortField.NAME) {}
