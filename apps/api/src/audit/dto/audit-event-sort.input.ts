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
  description: 'What the audit trail is ordered by.',
  valuesMap: {
    OCCURRED_AT: { description: 'When the change happened.' },
    OPERATION: { description: 'The GraphQL mutation or operation name.' },
    ENTITY_TYPE: { description: 'The kind of entity changed.' },
    ACTOR: { description: "The acting user's e-mail address; events without one come last when ascending." },
  },
});

@InputType({ description: 'The order of the audit trail (default: newest first).' })
export class AuditEventSort extends SortInput(
  AuditEventSortField,
  AuditEventSortField.OCCURRED_AT,
  SortDirection.DESC,
) {}
