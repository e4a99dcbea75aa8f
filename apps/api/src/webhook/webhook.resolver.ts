import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { WebhookDeliveriesArgs, WebhookSubscriptionsArgs } from './dto/webhook-lists.args.js';
import { CreateWebhookSubscriptionInput } from './dto/create-webhook-subscription.input.js';
import { Payload, type PayloadMapper } from '../common/payload.js';
import {
  CreateWebhookSubscriptionPayload,
  DeleteWebhookSubscriptionPayload,
  WebhookDeliveryPage,
  WebhookSubscriptionModel,
} from './webhook.model.js';
import { WebhookService } from './webhook.service.js';

@Resolver()
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Query(() => [WebhookSubscriptionModel], {
    description: 'Webhook subscriptions: your organisation’s (administrators: all).',
  })
  webhookSubscriptions(
    @CurrentActor() actor: Actor,
    @Args() args: WebhookSubscriptionsArgs,
  ): Promise<WebhookSubscriptionModel[]> {
    return this.webhooks.list(actor, args) as Promise<WebhookSubscriptionModel[]>;
  }

  @Query(() => WebhookDeliveryPage, { description: 'The delivery log of one subscription, newest first.' })
  webhookDeliveries(
    @CurrentActor() actor: Actor,
    @Args() args: WebhookDeliveriesArgs,
  ): Promise<WebhookDeliveryPage> {
    return this.webhooks.deliveries(actor, args) as Promise<WebhookDeliveryPage>;
  }

  @Mutation(() => CreateWebhookSubscriptionPayload, {
    description: 'Subscribes an address to events; the signing secret is returned once.',
  })
  createWebhookSubscription(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The values of the new webhook subscription.' })
    input: CreateWebhookSubscriptionInput,
    @Payload() payload: PayloadMapper,
  ): Promise<CreateWebhookSubscriptionPayload> {
    return payload.of(
      () => this.webhooks.create(actor, input),
      ({ subscription, secret }) => ({
        webhookSubscription: subscription as WebhookSubscriptionModel,
        secret,
      }),
      { webhookSubscription: null, secret: null },
    );
  }

  @Mutation(() => DeleteWebhookSubscriptionPayload, {
    description: 'Deletes a subscription and its delivery log; nothing more is delivered to it.',
  })
  deleteWebhookSubscription(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The subscription.' }) id: string,
    @Payload() payload: PayloadMapper,
  ): Promise<DeleteWebhookSubscriptionPayload> {
    return payload.of(
      () => this.webhooks.delete(actor, id),
      (deleted) => ({ deletedId: deleted.id }),
      { deletedId: null },
    );
  }
}
