import type { Message } from '@gevinst/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One change, as it was made. Append-only: a database trigger refuses UPDATE, DELETE and TRUNCATE. */
@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', insert: false })
  occurredAt!: Date;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind!: 'USER' | 'API_TOKEN' | 'SYSTEM';

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_email', type: 'text', nullable: true })
  actorEmail!: string | null;

  @Column({ name: 'actor_token_id', type: 'uuid', nullable: true })
  actorTokenId!: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'text' })
  operation!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'owner_organisation_id', type: 'uuid', nullable: true })
  ownerOrganisationId!: string | null;

  @Column({ name: 'initiative_id', type: 'uuid', nullable: true })
  initiativeId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  /** A refused attempt's rule as a message code (its English is `after.message`); null otherwise. */
  @Column({ type: 'jsonb', nullable: true })
  reason!: Message | null;
}
