import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortInput } from '../../common/sorting.js';

export enum UserSortField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  LAST_LOGIN_AT = 'LAST_LOGIN_AT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(UserSortField, {
  name: 'UserSortField',
  description: 'What the users list is ordered by.',
  valuesMap: {
    NAME: { description: "The user's name." },
    EMAIL: { description: 'The e-mail address.' },
    LAST_LOGIN_AT: { description: 'When the user last signed in; never signed in last.' },
    CREATED_AT: { description: 'When the account was created.' },
  },
});

@InputType({ description: 'The order of the users list (default: name ascending).' })
export class UserSort extends SortInput(UserSortField, UserSortField.NAME) {}
