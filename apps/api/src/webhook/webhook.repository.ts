import { Injectable } from '@nestjs/common';
import type { ListWindow } from '../common/list-window.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort, type Sort } from '../common/sorting.js';
import {
  type WebhookDeliveryFilter,
  WebhookDeliverySortField,
  type WebhookSubscriptionFilter,
  WebhookSubscriptionSortField,
} from './dto/webhook-lists.args.js';
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

  /**
   * Subscriptions of one organisation (and none of all), or every one (organisationId undefined), matching
   * `filter`, in `sort`'s order (default newest first; ties by id ascending), from `offset`, `limit` of them
   * (all without).
   */
  listSubscriptions(
    organisationId: string | undefined,
    filter: WebhookSubscriptionFilter,
    sort: Partial<Sort<WebhookSubscriptionSortField>> | undefined,
    window: ListWindow,
  ): Promise<WebhookSubscriptionEntity[]> {
    const query = this.subscriptions().createQueryBuilder('s');
    if (organisationId !== undefined)
      query.andWhere('s.organisation_id = :organisationId', { organisationId });
    if (filter.organisationId) query.andWhere('s.organisation_id = :only', { only: filter.organisationId });
    if (filter.active !== undefined && filter.active !== null)
      query.andWhere('s.active = :active', { active: filter.active });
    if (filter.eventType) query.andWhere(':eventType = ANY(s.event_types)', { eventType: filter.eventType });
    applySort(
      query,
      sort,
      { CREATED_AT: 's.created_at', URL: 's.url' },
      { field: WebhookSubscriptionSortField.CREATED_AT, direction: SortDirection.DESC },
      [],
    );
    return query
      .addOrderBy('s.id', 'ASC')
      .offset(window.offset ?? 0)
      .limit(window.limit ?? undefined)
      .getMany();
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

  /**
   * The delivery log of one subscription matching `filter`, in `sort`'s order (default newest first; ties
   * by id in the same direction), one page of it.
   */
  async deliveriesOf(
    subscriptionId: string,
    filter: Omit<WebhookDeliveryFilter, 'subscriptionId'>,
    sort: Partial<Sort<WebhookDeliverySortField>> | undefined,
    page: { offset: number; limit: number },
  ): Promise<{ nodes: WebhookDeliveryEntity[]; totalCount: number }> {
    const query = this.deliveries()
      .createQueryBuilder('d')
      .where('d.subscription_id = :subscriptionId', { subscriptionId });
    if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
    if (filter.eventType) query.andWhere('d.event_type = :eventType', { eventType: filter.eventType });
    if (filter.since) query.andWhere('d.created_at >= :since', { since: filter.since });
    applySort(
      query,
      sort,
      { CREATED_AT: 'd.created_at', DELIVERED_AT: 'd.delivered_at', ATTEMPTS: 'd.attempts' },
      { field: WebhookDeliverySortField.CREATED_AT, direction: SortDirection.DESC },
      ['d.created_at', 'd.id'],
    );
    const [nodes, totalCount] = await query.offset(page.offset).limit(page.limit).getManyAndCount();
    return { nodes, totalCount };
  }
}
