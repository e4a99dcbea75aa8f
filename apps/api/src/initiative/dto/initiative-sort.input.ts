import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { SortDirection } from '../../common/sort-direction.enum.js';

export enum InitiativeSortField {
  CODE = 'CODE',
  NAME = 'NAME',
  PHASE = 'PHASE',
  START_DATE = 'START_DATE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(InitiativeSortField, { name: 'InitiativeSortField' });

@InputType()
export class InitiativeSort {
  @Field(() => InitiativeSortField, { defaultValue: InitiativeSortField.CODE })
  field: InitiativeSortField = InitiativeSortField.CODE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}
