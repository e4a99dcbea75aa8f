/**
 * Webhook subscriptions (one list, not paged by the API: an organisation has a handful) and their delivery
 * logs (paged by the API). "Delete" deletes the subscription and its log.
 */
import {
  DELETE_WEBHOOK_SUBSCRIPTION,
  WEBHOOK_DELIVERIES,
  WEBHOOK_SUBSCRIPTIONS,
} from '../../webhooks/webhooks.graphql';
import type { RaRecord } from 'react-admin';
import { entityOf } from '../graphqlClient';
import { badTarget, page, type ResourceHandler } from './common';

export const webhookSubscriptions: ResourceHandler = {
  documents: { list: WEBHOOK_SUBSCRIPTIONS, delete: DELETE_WEBHOOK_SUBSCRIPTION },
  async getList(client, params) {
    const data = await client.request(WEBHOOK_SUBSCRIPTIONS, {}, { signal: params.signal });
    const { offset, limit } = page(params.pagination);
    return {
      data: data.webhookSubscriptions.slice(offset, offset + limit),
      total: data.webhookSubscriptions.length,
    };
  },
  async delete(client, params) {
    const data = await client.request(DELETE_WEBHOOK_SUBSCRIPTION, { id: String(params.id) });
    const id = entityOf(data.deleteWebhookSubscription.deletedId, 'deleteWebhookSubscription');
    const previous = params.previousData as RaRecord | undefined;
    return { data: { ...previous, id } };
  },
};

export const webhookDeliveries: ResourceHandler = {
  documents: { list: WEBHOOK_DELIVERIES },
  async getManyReference(client, params) {
    if (params.target !== 'subscriptionId') throw badTarget('webhookDeliveries', params.target);
    const data = await client.request(
      WEBHOOK_DELIVERIES,
      { subscriptionId: String(params.id), ...page(params.pagination) },
      { signal: params.signal },
    );
    return { data: data.webhookDeliveries.nodes, total: data.webhookDeliveries.totalCount };
  },
};
