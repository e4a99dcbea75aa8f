import { OrganisationKind } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Only the fields given are changed. `version` must be the version you read.' })
export class UpdateOrganisationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field({ nullable: true })
  orgNumber?: string;

  @Field({ nullable: true })
  name?: string;

  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind;

  @Field(() => String, { nullable: true })
  municipalityNumber?: string | null;

  @Field(() => String, { nullable: true })
  countyNumber?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}
