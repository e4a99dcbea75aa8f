import { OrganisationKind } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Only the fields given are changed. `version` must be the version you read.' })
export class UpdateOrganisationInput {
  @Field(() => ID, { description: 'The id of the organisation to change.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; a different current version fails with a stale-version conflict.',
  })
  version!: number;

  @Field({ description: 'The nine-digit organisation number (organisasjonsnummer).', nullable: true })
  orgNumber?: string;

  @Field({ description: "The organisation's name.", nullable: true })
  name?: string;

  @Field(() => OrganisationKind, { description: 'The kind of organisation.', nullable: true })
  kind?: OrganisationKind;

  @Field(() => String, {
    description: 'The four-digit municipality number (kommunenummer); municipalities only.',
    nullable: true,
  })
  municipalityNumber?: string | null;

  @Field(() => String, {
    description: 'The two-digit county number; null clears it, left out: unchanged.',
    nullable: true,
  })
  countyNumber?: string | null;

  @Field(() => ID, {
    description: "The parent organisation's id; null clears it, left out: unchanged.",
    nullable: true,
  })
  parentId?: string | null;
}
