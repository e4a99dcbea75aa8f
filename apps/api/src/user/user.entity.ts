import type { Role, UserKind } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../common/versioned-entity.js';

@Entity({ name: 'users' })
export class UserEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  /** PERSON signs in with a password; SERVICE_ACCOUNT has none and uses API tokens only. */
  @Column({ type: 'text', default: 'PERSON' })
  kind!: UserKind;

  /** argon2id; never leaves the service layer. Null for a service account (a database constraint). */
  @Column({ name: 'password_hash', type: 'text', select: false, nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The identity provider's issuer and the person's `sub` there, for a user who signs in with it. */
  @Column({ name: 'oidc_issuer', type: 'text', nullable: true, select: false })
  oidcIssuer!: string | null;

  @Column({ name: 'oidc_subject', type: 'text', nullable: true, select: false })
  oidcSubject!: string | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}
