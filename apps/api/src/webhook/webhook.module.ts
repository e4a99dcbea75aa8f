import { Module } from '@nestjs/common';
import { WebhookRepository } from './webhook.repository.js';
import { WebhookResolver } from './webhook.resolver.js';
import { WebhookService } from './webhook.service.js';
import { WebhookWorker } from './webhook-worker.js';

/** Webhooks (issue 19): subscriptions, the outbox queued with every change, and the delivery worker. */
@Module({
  providers: [WebhookRepository, WebhookService, WebhookResolver, WebhookWorker],
})
export class WebhookModule {}
