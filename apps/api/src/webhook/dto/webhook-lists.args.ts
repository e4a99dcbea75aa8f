import { ArgsType, Field, GraphQLISODateTime, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ListWindowArgs } from '../../common/list-window.js';
import { PageArgs } from '../../common/pagination.js';
import { SortDirection } from '../../common/sort-direction.enum.js';
import { SortInput } from '../../common/sorting.js';
import { WebhookDeliveryStatus, WebhookEventType } from '../webhook.model.js';

@InputType({ description: 'Which webhook subscriptions to list; every field given narrows the list.' })
export class WebhookSubscriptionFilter {
  @Field({
    nullable: true,
    description: 'Only the active subscriptions (true) or only the paused ones (false).',
  })
  active?: boolean;

  @Field(() => WebhookEventType, {
    nullable: true,
    description: 'Only the subscriptions that receive this event.',
  })
  eventType?: WebhookEventType;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only the subscriptions of this organisation (administrators; others see only their own anyway).',
  })
  organisationId?: string;
}

export enum WebhookSubscriptionSortField {
  CREATED_AT = 'CREATED_AT',
  URL = 'URL',
}
registerEnumType(WebhookSubscriptionSortField, {
  name: 'WebhookSubscriptionSortField',
  description: 'What the webhook subscriptions list is ordered by.',
  valuesMap: {
    CREATED_AT: { description: 'When the subscription was made.' },
    URL: { description: 'The address events are delivered to.' },
  },
});

@InputType({ description: 'The order of the webhook subscriptions list (default: newest first).' })
export class WebhookSubscriptionSort extends SortInput(
  WebhookSubscriptionSortField,
  WebhookSubscriptionSortField.CREATED_AT,
  SortDirection.DESC,
) {}

@ArgsType()
export class WebhookSubscriptionsArgs extends ListWindowArgs {
  @Field(() => WebhookSubscriptionFilter, { nullable: true, description: 'Which subscriptions.' })
  filter?: WebhookSubscriptionFilter;

  @Field(() => WebhookSubscriptionSort, { nullable: true, description: 'Default: newest first.' })
  sort?: WebhookSubscriptionSort;
}

@InputType({
  description: 'Which deliveries to list; subscriptionId is required, every other field narrows the list.',
})
export class WebhookDeliveryFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'The subscription whose delivery log is listed (required).',
  })
  subscriptionId?: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only the deliveries in this state.' })
  status?: WebhookDeliveryStatus;

  @Field(() => WebhookEventType, { nullable: true, description: 'Only the deliveries of this event.' })
  eventType?: WebhookEventType;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Only the deliveries queued at or after this instant.',
  })
  since?: Date;
}

export enum WebhookDeliverySortField {
  CREATED_AT = 'CREATED_AT',
  DELIVERED_AT = 'DELIVERED_AT',
  ATTEMPTS = 'ATTEMPTS',
}
registerEnumType(WebhookDeliverySortField, {
  name: 'WebhookDeliverySortField',
  description: 'What the delivery log is ordered by.',
  valuesMap: {
    CREATED_AT: { description: 'When the delivery was queued.' },
    DELIVERED_AT: { description: 'When the receiver accepted it (not yet delivered: last).' },
    ATTEMPTS: { description: 'How many attempts were made.' },
  },
});

@InputType({ description: 'The order of the delivery log (default: newest first).' })
export class WebhookDeliverySort extends SortInput(
  WebhookDeliverySortField,
  WebhookDeliverySortField.CREATED_AT,
  SortDirection.DESC,
) {}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => WebhookDeliveryFilter, {
    nullable: true,
    description: 'Which deliveries (replaces subscriptionId).',
  })
  filter?: WebhookDeliveryFilter;

  @Field(() => ID, {
    nullable: true,
    description: 'The subscription.',
    deprecationReason: 'Use filter.subscriptionId.',
  })
  subscriptionId?: string;

  @Field(() => WebhookDeliverySort, { nullable: true, description: 'Default: newest first.' })
  sort?: WebhookDeliverySort;
}
