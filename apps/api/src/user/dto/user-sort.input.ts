import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortInput } from '../../common/sorting.js';

export enum UserSortField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  LAST_LOGIN_AT = 'LAST_LOGIN_AT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(UserSortField, { name: 'UserSortField' });

@InputType()
export class UserSort extends SortInput(UserSortField, UserSortField.NAME) {}
