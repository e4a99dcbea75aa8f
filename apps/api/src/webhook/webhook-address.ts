import { lookup } from 'node:dns/promises';
import { type WebhookUrlProblem, webhookUrlProblem } from '@gevinst/domain';

/**
 * Why a URL may not receive webhooks, or null (libs/domain webhookUrlProblem), with its host resolved
 * here: checked when a subscription is created and again before every delivery (a name may be pointed at
 * a private address later). A name that does not resolve counts as private.
 */
export async function checkWebhookUrl(
  url: string,
  options: { allowedHosts: readonly string[]; allowPrivate: boolean },
): Promise<{ problem: WebhookUrlProblem; host: string } | null> {
  let host = '';
  let addresses: string[] = [];
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    addresses = (await lookup(host, { all: true })).map((entry) => entry.address);
  } catch {
    addresses = [];
  }
  const problem = webhookUrlProblem(url, addresses, options);
  return problem ? { problem, host } : null;
}
