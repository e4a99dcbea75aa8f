import { Role } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('RoleMappingInput', { description: 'One row of the role mapping table.' })
export class RoleMappingInput {
  @Field({ description: 'A value of the group or role claim.' })
  claimValue!: string;

  @Field(() => Role, { description: 'The Gevinst role it gives.' })
  role!: Role;
}

@InputType('IdentityProviderInput', { description: 'An identity provider to add, or its new settings.' })
export class IdentityProviderInput {
  @Field({ description: '2–40 lowercase letters, digits and hyphens; in the sign-in URL.' })
  slug!: string;

  @Field({ description: 'Shown on the sign-in button.' })
  displayName!: string;

  @Field({ description: 'The issuer URL (https://; http:// only for localhost).' })
  issuerUrl!: string;

  @Field({ description: 'The client id at the provider.' })
  clientId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The client secret. Required when adding; left out on an update it stays as it was.',
  })
  clientSecret?: string | null;

  @Field({ nullable: true, description: 'Space-separated scopes; default "openid profile email".' })
  scopes?: string;

  @Field(() => String, { nullable: true, description: 'The claim holding the organisation number.' })
  organisationClaim?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the provider is bound to.' })
  organisationId?: string | null;

  @Field({ nullable: true, description: 'The claim with groups or roles; default "groups".' })
  groupClaim?: string;

  @Field(() => [RoleMappingInput], {
    nullable: true,
    description: 'Claim value → role; default none (READER).',
  })
  roleMappings?: RoleMappingInput[];

  @Field({ nullable: true, description: 'Offered and accepted; default true.' })
  enabled?: boolean;
}

@InputType('UpdateIdentityProviderInput', { description: 'New settings of an identity provider.' })
export class UpdateIdentityProviderInput extends IdentityProviderInput {
  @Field(() => Int, { description: 'The version you read (CONFLICT if it changed meanwhile).' })
  version!: number;
}
