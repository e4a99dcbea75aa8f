import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortInput } from '../../common/sorting.js';

export enum CostSharingKeySortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(CostSharingKeySortField, { name: 'CostSharingKeySortField' });

@InputType()
export class CostSharingKeySort extends SortInput(CostSharingKeySortField, CostSharingKeySortField.NAME) {}
