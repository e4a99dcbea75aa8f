import type { RoleMapping } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../common/versioned-entity.js';

/** An OpenID Connect identity provider configured by an administrator. */
@Entity({ name: 'identity_providers' })
export class IdentityProviderEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** In the sign-in URL: /auth/oidc/<slug>/start. */
  @Column({ type: 'text' })
  slug!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'issuer_url', type: 'text' })
  issuerUrl!: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId!: string;

  /** Never returned over the API; read only to talk to the provider. */
  @Column({ name: 'client_secret', type: 'text', select: false })
  clientSecret!: string;

  @Column({ type: 'text' })
  scopes!: string;

  @Column({ name: 'organisation_claim', type: 'text', nullable: true })
  organisationClaim!: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'group_claim', type: 'text' })
  groupClaim!: string;

  @Column({ name: 'role_mappings', type: 'jsonb' })
  roleMappings!: RoleMapping[];

  @Column({ type: 'boolean' })
  enabled!: boolean;
}
