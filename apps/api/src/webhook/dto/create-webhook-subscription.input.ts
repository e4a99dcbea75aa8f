import { Field, InputType } from '@nestjs/graphql';
import { WebhookEventType } from '../webhook.model.js';

@InputType({ description: 'A new webhook subscription.' })
export class CreateWebhookSubscriptionInput {
  @Field({
    description:
      'Where to POST the deliveries: a public http(s) address (private and loopback addresses are refused unless the server allows them).',
  })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The events to deliver (at least one).' })
  eventTypes!: WebhookEventType[];

  @Field({ nullable: true, description: 'What the subscription is for (at most 500 characters).' })
  description?: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description:
      'Administrators only: deliver the events of every organisation (default: your own organisation’s).',
  })
  allOrganisations?: boolean;
}
