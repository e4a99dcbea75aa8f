import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortDirection } from '../../common/sort-direction.enum.js';
import { SortInput } from '../../common/sorting.js';

export enum AuditEventSortField {
  OCCURRED_AT = 'OCCURRED_AT',
  OPERATION = 'OPERATION',
  ENTITY_TYPE = 'ENTITY_TYPE',
  ACTOR = 'ACTOR',
}
registerEnumType(AuditEventSortField, {
  name: 'AuditEventSortField',
  valuesMap: {
    ACTOR: { description: "The acting user's e-mail address; events without one come last when ascending." },
  },
});

@InputType()
export class AuditEventSort extends SortInput(
  AuditEventSortField,
  AuditEventSortField.OCCURRED_AT,
  SortDirection.DESC,
) {}
