import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ListWindowArgs } from '../../common/list-window.js';
import { SortInput } from '../../common/sorting.js';

@InputType({ description: 'Which identity providers to list; every field given narrows the list.' })
export class IdentityProviderFilter {
  @Field({
    nullable: true,
    description: 'Only the enabled providers (true) or only the disabled ones (false).',
  })
  enabled?: boolean;

  @Field({
    nullable: true,
    description: 'Only the provider configured by environment (true) or only the stored ones (false).',
  })
  fromEnvironment?: boolean;
}

export enum IdentityProviderSortField {
  DISPLAY_NAME = 'DISPLAY_NAME',
  SLUG = 'SLUG',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(IdentityProviderSortField, {
  name: 'IdentityProviderSortField',
  description: 'What the identity providers list is ordered by.',
  valuesMap: {
    DISPLAY_NAME: { description: 'The name on the sign-in button.' },
    SLUG: { description: 'The name in the sign-in URL.' },
    CREATED_AT: { description: 'When it was added (the one from the environment: last).' },
  },
});

@InputType({
  description:
    'The order of the identity providers list (without a sort: the one from the environment first, then by display name).',
})
export class IdentityProviderSort extends SortInput(
  IdentityProviderSortField,
  IdentityProviderSortField.DISPLAY_NAME,
) {}

@ArgsType()
export class IdentityProvidersArgs extends ListWindowArgs {
  @Field(() => IdentityProviderFilter, { nullable: true, description: 'Which providers.' })
  filter?: IdentityProviderFilter;

  @Field(() => IdentityProviderSort, {
    nullable: true,
    description: 'Default: the one from the environment first, then by display name.',
  })
  sort?: IdentityProviderSort;
}
