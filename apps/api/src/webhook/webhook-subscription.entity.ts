import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where to announce which events, for which organisation (null: all, an administrator's). */
@Entity({ name: 'webhook_subscriptions' })
export class WebhookSubscriptionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'text' })
  url!: string;

  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes!: string[];

  /** The HMAC key, shown once when the subscription is created. */
  @Column({ type: 'text' })
  secret!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false })
  createdAt!: Date;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;
}
