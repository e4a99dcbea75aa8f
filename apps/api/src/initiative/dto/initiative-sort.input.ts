import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortInput } from '../../common/sorting.js';

export enum InitiativeSortField {
  CODE = 'CODE',
  NAME = 'NAME',
  PHASE = 'PHASE',
  START_DATE = 'START_DATE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(InitiativeSortField, { name: 'InitiativeSortField' });

@InputType()
export class InitiativeSort extends SortInput(InitiativeSortField, InitiativeSortField.CODE) {}
