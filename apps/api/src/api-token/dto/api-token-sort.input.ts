import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortDirection } from '../../common/sort-direction.enum.js';
import { SortInput } from '../../common/sorting.js';

export enum ApiTokenSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  EXPIRES_AT = 'EXPIRES_AT',
  LAST_USED_AT = 'LAST_USED_AT',
}
registerEnumType(ApiTokenSortField, { name: 'ApiTokenSortField' });

@InputType()
export class ApiTokenSort extends SortInput(
  ApiTokenSortField,
  ApiTokenSortField.CREATED_AT,
  SortDirection.DESC,
) {}
