import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortDirection } from '../../common/sort-direction.enum.js';
import { SortInput } from '../../common/sorting.js';

export enum ApiTokenSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  EXPIRES_AT = 'EXPIRES_AT',
  LAST_USED_AT = 'LAST_USED_AT',
}
registerEnumType(ApiTokenSortField, {
  name: 'ApiTokenSortField',
  description: 'What the API tokens list is ordered by.',
  valuesMap: {
    NAME: { description: "The token's name." },
    CREATED_AT: { description: 'When the token was created.' },
    EXPIRES_AT: { description: 'When the token expires; tokens without expiry last.' },
    LAST_USED_AT: { description: 'When the token was last used; never-used tokens last.' },
  },
});

@InputType({ description: 'The order of the API tokens list (default: newest first).' })
export class ApiTokenSort extends SortInput(
  ApiTokenSortField,
  ApiTokenSortField.CREATED_AT,
  SortDirection.DESC,
) {}
