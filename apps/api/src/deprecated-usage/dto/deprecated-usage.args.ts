import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import { PageArgs } from '../../common/pagination.js';
import { SortDirection } from '../../common/sort-direction.enum.js';
import { SortInput } from '../../common/sorting.js';

/** Who used a deprecated part of the schema. */
export enum DeprecatedUsageClientKind {
  API_TOKEN = 'API_TOKEN',
  USER = 'USER',
}
registerEnumType(DeprecatedUsageClientKind, {
  name: 'DeprecatedUsageClientKind',
  description: 'The kind of client that sent the requests.',
  valuesMap: {
    API_TOKEN: { description: 'An API token (an integration); clientId is the token’s id.' },
    USER: { description: 'A signed-in user (a session, e.g. the admin UI); clientId is the user’s id.' },
  },
});

export enum DeprecatedUsageSortField {
  DAY = 'DAY',
  COORDINATE = 'COORDINATE',
  CLIENT_NAME = 'CLIENT_NAME',
  OPERATION_NAME = 'OPERATION_NAME',
  REQUEST_COUNT = 'REQUEST_COUNT',
  LAST_SEEN_AT = 'LAST_SEEN_AT',
}
registerEnumType(DeprecatedUsageSortField, {
  name: 'DeprecatedUsageSortField',
  description: 'What the deprecated-usage list is ordered by.',
  valuesMap: {
    DAY: { description: 'The day of the requests.' },
    COORDINATE: { description: 'The schema coordinate (Type.field …).' },
    CLIENT_NAME: { description: 'The API token’s or user’s name; clients no longer there last.' },
    OPERATION_NAME: { description: 'The operation name the client sent.' },
    REQUEST_COUNT: { description: 'The number of requests.' },
    LAST_SEEN_AT: { description: 'When the last of the requests came.' },
  },
});

@InputType({ description: 'The order of the deprecated-usage list (default: newest day first).' })
export class DeprecatedUsageSort extends SortInput(
  DeprecatedUsageSortField,
  DeprecatedUsageSortField.DAY,
  SortDirection.DESC,
) {}

@InputType({ description: 'Which deprecated-usage rows to list; every field given narrows the list.' })
export class DeprecatedUsageFilter {
  @Field({
    nullable: true,
    description:
      'A schema coordinate or its start: `OrganisationPosition.paidNok`, or `OrganisationPosition.` for every deprecated member of the type.',
  })
  coordinate?: string;

  @Field(() => DeprecatedUsageClientKind, { nullable: true, description: 'Only this kind of client.' })
  clientKind?: DeprecatedUsageClientKind;

  @Field(() => ID, { nullable: true, description: 'Only this API token or user (its id).' })
  clientId?: string;

  @Field({
    nullable: true,
    description: 'Only this operation name (exactly; an empty string for operations without a name).',
  })
  operationName?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only days from this one (Norwegian days).' })
  since?: string;
}

@ArgsType()
export class DeprecatedUsageArgs extends PageArgs {
  @Field(() => DeprecatedUsageFilter, { nullable: true, description: 'Which rows; empty: all.' })
  filter?: DeprecatedUsageFilter;

  @Field(() => DeprecatedUsageSort, { nullable: true, description: 'Default: newest day first.' })
  sort?: DeprecatedUsageSort;
}
