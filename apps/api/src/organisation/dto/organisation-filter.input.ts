import { AdministrativeLevel, OrganisationKind } from '@gevinst/domain';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Which organisations to list; all given conditions must hold.' })
export class OrganisationFilter {
  @Field(() => [OrganisationKind], { nullable: true, description: 'Any of these kinds.' })
  kind?: OrganisationKind[];

  @Field(() => AdministrativeLevel, {
    description: 'The administrative level (follows from the kind of organisation).',
    nullable: true,
  })
  administrativeLevel?: AdministrativeLevel;

  @Field({ nullable: true, description: 'County number (2 digits).' })
  countyNumber?: string;

  @Field(() => ID, { description: 'Only the children of this organisation.', nullable: true })
  parentId?: string;

  @Field({
    nullable: true,
    description: 'Free text matched against name, organisation number and municipality number.',
  })
  search?: string;

  @Field({ nullable: true, description: 'Only demo records (true) or only real ones (false).' })
  isDemo?: boolean;
}
