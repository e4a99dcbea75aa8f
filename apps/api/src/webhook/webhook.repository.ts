import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity.js';

/** A claimed delivery, with where it goes and the key it is signed with. */
export interface ClaimedDelivery {
  id: string;
  attempts: number;
  payload: Record<string, unknown>;
  url: string;
  secret: string;
}

/** The SQL of webhook subscriptions and their deliveries (the outbox). */
@Injectable()
export class WebhookRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private subscriptions() {
    return this.uow.manager().getRepository(WebhookSubscriptionEntity);
  }

  private deliveries() {
    return this.uow.manager().getRepository(WebhookDeliveryEntity);
  }

  async insertSubscription(
    row: Omit<WebhookSubscriptionEntity, 'createdAt'>,
  ): Promise<WebhookSubscriptionEntity> {
    await this.subscriptions().insert(row);
    return (await this.findSubscription(row.id))!;
  }

  findSubscription(id: string): Promise<WebhookSubscriptionEntity | null> {
    return this.subscriptions().findOneBy({ id });
  }

  /** Subscriptions of one organisation (and none of all), or every one (organisationId undefined). */
  listSubscriptions(organisationId: string | undefined): Promise<WebhookSubscriptionEntity[]> {
    const query = this.subscriptions()
      .createQueryBuilder('s')
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id');
    if (organisationId !== undefined) query.where('s.organisation_id = :organisationId', { organisationId });
    return query.getMany();
  }

  async deleteSubscription(id: string): Promise<void> {
    await this.subscriptions().delete({ id });
  }

  /** The active subscriptions that may hear of an entity of `ownerOrganisationId` (domain decides the rest). */
  activeFor(ownerOrganisationId: string | null): Promise<WebhookSubscriptionEntity[]> {
    return this.subscriptions()
      .createQueryBuilder('s')
      .where('s.active')
      .andWhere('(s.organisation_id IS NULL OR s.organisation_id = :owner)', { owner: ownerOrganisationId })
      .getMany();
  }

  async enqueue(
    rows: Pick<WebhookDeliveryEntity, 'id' | 'subscriptionId' | 'eventType' | 'auditEventId' | 'payload'>[],
  ): Promise<void> {
    if (rows.length) await this.deliveries().insert(rows as never);
  }

  /**
   * Claims up to `limit` due deliveries for `leaseSeconds`: counted as an attempt and hidden from every
   * other worker until the lease ends. FOR UPDATE SKIP LOCKED: two API processes claiming at once get
   * different rows, and a worker that dies mid-delivery leaves its rows to be tried again after the lease.
   */
  async claimDue(limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    const rows: ClaimedDelivery[] | [ClaimedDelivery[], number] = await this.uow.manager().query(
      `UPDATE webhook_deliveries d
          SET attempts = d.attempts + 1, locked_until = now() + make_interval(secs => $2::float8)
         FROM webhook_subscriptions s
        WHERE s.id = d.subscription_id
          AND d.id IN (SELECT id FROM webhook_deliveries
                        WHERE status = 'PENDING' AND next_attempt_at <= now()
                          AND (locked_until IS NULL OR locked_until < now())
                        ORDER BY next_attempt_at, created_at
                        LIMIT $1
                        FOR UPDATE SKIP LOCKED)
        RETURNING d.id, d.attempts, d.payload, s.url, s.secret`,
      [limit, leaseSeconds],
    );
    // node-postgres answers an UPDATE … RETURNING with [rows, count] through TypeORM.
    return Array.isArray(rows[0]) ? rows[0] : (rows as ClaimedDelivery[]);
  }

  async markDelivered(id: string, statusCode: number): Promise<void> {
    await this.uow.manager().query(
      `UPDATE webhook_deliveries
          SET status = 'DELIVERED', last_status_code = $2, last_error = NULL, delivered_at = now(),
              locked_until = NULL
        WHERE id = $1`,
      [id, statusCode],
    );
  }

  /** A failed try: due again after `retryInSeconds`, or given up (FAILED) when null. */
  async markFailed(
    id: string,
    statusCode: number | null,
    error: string,
    retryInSeconds: number | null,
  ): Promise<void> {
    await this.uow.manager().query(
      `UPDATE webhook_deliveries
          SET last_status_code = $2, last_error = $3, locked_until = NULL,
              status = CASE WHEN $4::float8 IS NULL THEN 'FAILED' ELSE 'PENDING' END,
              next_attempt_at = CASE WHEN $4::float8 IS NULL THEN next_attempt_at
                                     ELSE now() + make_interval(secs => $4::float8) END
        WHERE id = $1`,
      [id, statusCode, error.slice(0, 500), retryInSeconds],
    );
  }

  /** The delivery log of one subscription, newest first. */
  async deliveriesOf(
    subscriptionId: string,
    page: { offset: number; limit: number },
  ): Promise<{ nodes: WebhookDeliveryEntity[]; totalCount: number }> {
    const [nodes, totalCount] = await this.deliveries()
      .createQueryBuilder('d')
      .where('d.subscription_id = :subscriptionId', { subscriptionId })
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  }
}
