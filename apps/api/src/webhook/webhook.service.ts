import { randomBytes, randomUUID } from 'node:crypto';
import {
  type WebhookUrlProblem,
  canManageWebhooks,
  canSeeWebhookSubscription,
  isAdmin,
  msg,
  subscriptionCovers,
  webhookEventsOf,
  type Message,
} from '@gevinst/domain';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { AuditChange } from '../audit/audit.repository.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { Mutations } from '../audit/mutation.js';
import type { Actor } from '../auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { InputProblems, badInput, forbidden, notFound } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { type Page, assertPage } from '../common/pagination.js';
import { assertListWindow } from '../common/list-window.js';
import { withFilter } from '../common/list-filter.js';
import type { WebhookDeliveriesArgs, WebhookSubscriptionsArgs } from './dto/webhook-lists.args.js';
import { checkWebhookUrl } from './webhook-address.js';
import type { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import type { WebhookSubscriptionEntity } from './webhook-subscription.entity.js';
import { WebhookRepository } from './webhook.repository.js';
import type { CreateWebhookSubscriptionInput } from './dto/create-webhook-subscription.input.js';

const URL_MESSAGES: Record<WebhookUrlProblem, (host: string) => Message> = {
  NOT_HTTP: () => msg('WEBHOOK_URL_NOT_HTTP'),
  NOT_A_URL: () => msg('WEBHOOK_URL_INVALID'),
  CREDENTIALS_IN_URL: () => msg('WEBHOOK_URL_CREDENTIALS'),
  PRIVATE_ADDRESS: (host) => msg('WEBHOOK_URL_PRIVATE', { host }),
};

/**
 * Webhook subscriptions (load → authorise → apply → audit in one transaction) and the outbox: every
 * audited change that announces an event (libs/domain webhookEventsOf) queues one delivery per covering
 * subscription, in the change's own transaction (AuditRepository.onRecorded), so a change that rolls back
 * announces nothing and a committed one is never lost.
 */
@Injectable()
export class WebhookService implements OnModuleInit {
  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly mutations: Mutations,
    private readonly auditLog: AuditRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.auditLog.onRecorded((change, eventId) => this.enqueue(change, eventId));
  }

  /** Queues the deliveries of one recorded change (in its transaction). */
  async enqueue(change: AuditChange, auditEventId: string): Promise<void> {
    const events = webhookEventsOf(change);
    if (!events.length) return;
    const subscriptions = await this.webhooks.activeFor(change.ownerOrganisationId);
    const rows = [];
    for (const event of events)
      for (const subscription of subscriptions)
        if (
          subscriptionCovers(subscription, {
            type: event.type,
            ownerOrganisationId: change.ownerOrganisationId,
          })
        ) {
          const id = randomUUID();
          rows.push({
            id,
            subscriptionId: subscription.id,
            eventType: event.type,
            auditEventId,
            payload: {
              deliveryId: id,
              event: event.type,
              entityType: event.entityType,
              entityId: event.entityId,
              initiativeId: change.initiativeId ?? null,
              auditEventId,
              occurredAt: new Date().toISOString(),
            },
          });
        }
    await this.webhooks.enqueue(rows);
  }

  async create(
    actor: Actor,
    input: CreateWebhookSubscriptionInput,
  ): Promise<{ subscription: WebhookSubscriptionEntity; secret: string }> {
    const url = input.url.trim();
    const description = input.description?.trim() ?? '';
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const subscription = await this.mutations.mutate(actor, {
      load: async () => checkWebhookUrl(url, this.config.webhooks),
      authorise: (urlProblem) => {
        if (!canManageWebhooks(actor) || (input.allOrganisations && !isAdmin(actor)))
          throw forbidden(msg('WEBHOOK_ACCESS'));
        const problems = new InputProblems();
        if (urlProblem) problems.check('url', URL_MESSAGES[urlProblem.problem](urlProblem.host));
        if (url.length > 2000) problems.check('url', msg('TOO_LONG', { max: 2000 }));
        if (!input.eventTypes.length) problems.check('eventTypes', msg('WEBHOOK_NO_EVENT_TYPES'));
        if (description.length > 500) problems.check('description', msg('TOO_LONG', { max: 500 }));
        problems.throwIfAny();
      },
      apply: () =>
        this.webhooks.insertSubscription({
          id: randomUUID(),
          organisationId: input.allOrganisations ? null : actor.organisationId,
          url,
          eventTypes: [...new Set(input.eventTypes)],
          secret,
          description,
          active: true,
          createdByUserId: actor.kind === 'SYSTEM' ? null : actor.userId,
        }),
      audit: (_state, created) => ({
        operation: 'createWebhookSubscription',
        entityType: 'WebhookSubscription',
        entityId: created.id,
        ownerOrganisationId: created.organisationId,
        after: created,
      }),
    });
    return { subscription, secret };
  }

  async delete(actor: Actor, id: string): Promise<WebhookSubscriptionEntity> {
    assertUuid('id', id);
    return this.mutations.mutate(actor, {
      load: () => this.visible(actor, id),
      authorise: () => {
        if (!canManageWebhooks(actor)) throw forbidden(msg('WEBHOOK_ACCESS'));
      },
      apply: async (subscription) => {
        await this.webhooks.deleteSubscription(subscription.id);
        return subscription;
      },
      audit: (subscription) => ({
        operation: 'deleteWebhookSubscription',
        entityType: 'WebhookSubscription',
        entityId: subscription.id,
        ownerOrganisationId: subscription.organisationId,
        before: subscription,
      }),
    });
  }

  /** Administrators see every subscription; anyone else their organisation's. */
  list(
    actor: Actor,
    { filter, sort, ...window }: WebhookSubscriptionsArgs,
  ): Promise<WebhookSubscriptionEntity[]> {
    assertListWindow(window);
    if (filter?.organisationId) assertUuid('filter.organisationId', filter.organisationId);
    return this.webhooks.listSubscriptions(
      isAdmin(actor) ? undefined : actor.organisationId,
      filter ?? {},
      sort,
      window,
    );
  }

  /** A subscription's delivery log; its id comes from filter.subscriptionId or the deprecated subscriptionId. */
  async deliveries(actor: Actor, args: WebhookDeliveriesArgs): Promise<Page<WebhookDeliveryEntity>> {
    const { subscriptionId, sort, offset, limit, ...filter } = withFilter(args);
    if (!subscriptionId) throw badInput('filter.subscriptionId', msg('REQUIRED'));
    assertUuid('subscriptionId', subscriptionId);
    assertPage({ offset, limit });
    await this.visible(actor, subscriptionId);
    return this.webhooks.deliveriesOf(subscriptionId, filter, sort, { offset, limit });
  }

  /** The subscription, when the actor may see it; NOT_FOUND otherwise (its existence is not told). */
  private async visible(actor: Actor, id: string): Promise<WebhookSubscriptionEntity> {
    const subscription = await this.webhooks.findSubscription(id);
    if (!subscription || !canSeeWebhookSubscription(actor, subscription.organisationId))
      throw notFound('WebhookSubscription', id);
    return subscription;
  }
}
