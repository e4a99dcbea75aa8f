import { Role } from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MutationPayload } from '../common/payload.js';

@ObjectType('RoleMapping', { description: "One row of a provider's role mapping table." })
export class RoleMappingModel {
  @Field({ description: 'A value of the group or role claim (an Entra ID group object id, an app role …).' })
  claimValue!: string;

  @Field(() => Role, { description: 'The Gevinst role a person with that value gets.' })
  role!: Role;
}

@ObjectType('IdentityProvider', {
  description:
    'An OpenID Connect identity provider people sign in with (administrators only). The client secret is never returned.',
})
export class IdentityProviderModel {
  @Field(() => ID, { description: 'The id; the provider configured by environment has the id "env".' })
  id!: string;

  @Field({ description: 'Name in the sign-in URL: /auth/oidc/<slug>/start.' })
  slug!: string;

  @Field({ description: 'Shown on the sign-in button: «Logg inn med <displayName>».' })
  displayName!: string;

  @Field({
    description:
      "The provider's issuer URL (its discovery document is at /.well-known/openid-configuration).",
  })
  issuerUrl!: string;

  @Field({ description: 'The client id Gevinst is registered with at the provider.' })
  clientId!: string;

  @Field({ description: 'The scopes asked for, space-separated.' })
  scopes!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The claim holding the organisation number (dot path for nested claims), or null.',
  })
  organisationClaim!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation every person of this provider belongs to (when no claim says it).',
  })
  organisationId!: string | null;

  @Field({ description: 'The claim holding the groups or roles the mapping table reads.' })
  groupClaim!: string;

  @Field(() => [RoleMappingModel], {
    description: 'Claim value → Gevinst role; a person with none gets READER.',
  })
  roleMappings!: RoleMappingModel[];

  @Field({ description: 'Offered on the sign-in page and accepted at sign-in.' })
  enabled!: boolean;

  @Field({ description: 'Configured by OIDC_* environment variables: read-only here.' })
  fromEnvironment!: boolean;

  @Field({ description: 'The redirect URI to register at the provider.' })
  redirectUri!: string;

  @Field(() => Int, { description: 'Optimistic-locking version (0 for the one from the environment).' })
  version!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was added (null: environment).' })
  createdAt!: Date | null;
}

@ObjectType('SignInProvider', { description: 'An identity provider offered on the sign-in page.' })
export class SignInProviderModel {
  @Field({ description: 'Name in the sign-in URL.' })
  slug!: string;

  @Field({ description: 'Shown on the button.' })
  displayName!: string;

  @Field({ description: 'Where the browser goes to sign in (GET).' })
  startUrl!: string;
}

@ObjectType('SignInOptions', { description: 'How one may sign in here (public).' })
export class SignInOptionsModel {
  @Field({ description: 'Whether e-mail and password sign-in is on (PASSWORD_LOGIN_ENABLED).' })
  passwordLoginEnabled!: boolean;

  @Field(() => [SignInProviderModel], { description: 'The enabled identity providers.' })
  providers!: SignInProviderModel[];
}

/** What signing out did (the service's answer; signOut answers it in a SignOutPayload). */
export interface SignOutResult {
  signedOut: boolean;
  endSessionUrl: string | null;
}

@ObjectType('SignOutPayload', { description: 'What signing out did.' })
export class SignOutPayload extends MutationPayload {
  @Field({ description: 'Whether a Gevinst session was ended.' })
  signedOut!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "The identity provider's end-session URL, when the session came from one that has it: open it to sign out there too.",
  })
  endSessionUrl!: string | null;
}

@ObjectType('CreateIdentityProviderPayload', { description: 'The answer of createIdentityProvider.' })
export class CreateIdentityProviderPayload extends MutationPayload {
  @Field(() => IdentityProviderModel, {
    nullable: true,
    description: 'The provider as stored; null when there are userErrors.',
  })
  identityProvider!: IdentityProviderModel | null;
}

@ObjectType('UpdateIdentityProviderPayload', { description: 'The answer of updateIdentityProvider.' })
export class UpdateIdentityProviderPayload extends MutationPayload {
  @Field(() => IdentityProviderModel, {
    nullable: true,
    description: 'The provider as changed; null when there are userErrors.',
  })
  identityProvider!: IdentityProviderModel | null;
}

@ObjectType('DeleteIdentityProviderPayload', { description: 'The answer of deleteIdentityProvider.' })
export class DeleteIdentityProviderPayload extends MutationPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'The id of the provider removed; null when there are userErrors.',
  })
  deletedId!: string | null;
}
