import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { MutationPayload } from '../common/payload.js';

export enum WebhookEventType {
  ALLOCATION_RUN_CREATED = 'ALLOCATION_RUN_CREATED',
  ALLOCATION_RUN_SUPERSEDED = 'ALLOCATION_RUN_SUPERSEDED',
  MEASUREMENT_RECORDED = 'MEASUREMENT_RECORDED',
  STATUS_REPORT_SUBMITTED = 'STATUS_REPORT_SUBMITTED',
}

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'An event a webhook subscription can receive.',
  valuesMap: {
    ALLOCATION_RUN_CREATED: { description: 'An allocation run was made (entityId: the new run).' },
    ALLOCATION_RUN_SUPERSEDED: {
      description: 'A run was superseded by a new one (entityId: the superseded run).',
    },
    MEASUREMENT_RECORDED: { description: 'A measurement was recorded or corrected (entityId: the version).' },
    STATUS_REPORT_SUBMITTED: {
      description: 'A benefit’s or initiative’s status report, or a benefit owner’s report, was submitted.',
    },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for its first or next attempt.' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Given up after the last attempt (or the address was refused).' },
  },
});

@ObjectType('WebhookSubscription', { description: 'Where Gevinst POSTs which events.' })
export class WebhookSubscriptionModel {
  @Field(() => ID, { description: 'The subscription’s id.' })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation whose entities’ events are delivered (null: every organisation).',
  })
  organisationId!: string | null;

  @Field({ description: 'The receiver’s address.' })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The events delivered.' })
  eventTypes!: WebhookEventType[];

  @Field({ description: 'What the subscription is for.' })
  description!: string;

  @Field({ description: 'Whether events are queued for it.' })
  active!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt!: Date;
}

@ObjectType('CreateWebhookSubscriptionPayload', {
  description:
    'The answer of createWebhookSubscription: the new subscription and its signing secret, shown this once.',
})
export class CreateWebhookSubscriptionPayload extends MutationPayload {
  @Field(() => WebhookSubscriptionModel, {
    nullable: true,
    description: 'The subscription; null when there are userErrors.',
  })
  webhookSubscription!: WebhookSubscriptionModel | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The HMAC-SHA256 key of the Gevinst-Signature header (docs/api.md). Store it now: it is never shown again. Null when there are userErrors.',
  })
  secret!: string | null;
}

@ObjectType('DeleteWebhookSubscriptionPayload', { description: 'The answer of deleteWebhookSubscription.' })
export class DeleteWebhookSubscriptionPayload extends MutationPayload {
  @Field(() => ID, {
    nullable: true,
    description:
      'The id of the subscription deleted (with its delivery log); null when there are userErrors.',
  })
  deletedId!: string | null;
}

@ObjectType('WebhookDelivery', { description: 'One event for one subscription, and how its delivery went.' })
export class WebhookDeliveryModel {
  @Field(() => ID, { description: 'The delivery’s id (also in the body and the Gevinst-Delivery header).' })
  id!: string;

  @Field(() => WebhookEventType, { description: 'The event delivered.' })
  eventType!: WebhookEventType;

  @Field(() => WebhookDeliveryStatus, { description: 'Pending, delivered or failed.' })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'How many attempts were made.' })
  attempts!: number;

  @Field(() => GraphQLISODateTime, { description: 'When the next attempt is due (while pending).' })
  nextAttemptAt!: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt (null: no answer).' })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the event was queued (UTC).' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the receiver accepted it.' })
  deliveredAt!: Date | null;

  @Field(() => ID, { description: 'The audit event that announced it (see auditEvents and changes).' })
  auditEventId!: string;
}

@ObjectType('WebhookDeliveryPage', { description: 'A page of a subscription’s delivery log, newest first.' })
export class WebhookDeliveryPage extends Paginated(WebhookDeliveryModel) {}
