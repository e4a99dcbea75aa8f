/** The API's documents for webhook subscriptions and their delivery log (the secret comes once, from create). */
import type {
  DeleteWebhookSubscriptionMutation,
  GraphQLDocument,
  WebhookDeliveriesQuery,
  WebhookSubscriptionsQuery,
} from '../api/graphql';
import { USER_ERROR_FIELDS } from '../api/userErrors.graphql';

export const WEBHOOK_SUBSCRIPTION_FIELDS = /* GraphQL */ `
  fragment WebhookSubscriptionFields on WebhookSubscription {
    id
    url
    eventTypes
    description
    organisationId
    active
    createdAt
  }
`;

export const WEBHOOK_SUBSCRIPTIONS: GraphQLDocument<WebhookSubscriptionsQuery> = /* GraphQL */ `
  query WebhookSubscriptions {
    webhookSubscriptions {
      ...WebhookSubscriptionFields
    }
  }
  ${WEBHOOK_SUBSCRIPTION_FIELDS}
`;

export const WEBHOOK_DELIVERIES: GraphQLDocument<WebhookDeliveriesQuery> = /* GraphQL */ `
  query WebhookDeliveries($subscriptionId: ID!, $offset: Int!, $limit: Int!) {
    webhookDeliveries(filter: { subscriptionId: $subscriptionId }, offset: $offset, limit: $limit) {
      totalCount
      nodes {
        id
        eventType
        status
        attempts
        nextAttemptAt
        lastStatusCode
        lastError
        createdAt
        deliveredAt
        auditEventId
      }
    }
  }
`;

export const DELETE_WEBHOOK_SUBSCRIPTION: GraphQLDocument<DeleteWebhookSubscriptionMutation> = /* GraphQL */ `
  mutation DeleteWebhookSubscription($id: ID!) {
    deleteWebhookSubscription(id: $id) {
      deletedId
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`;
