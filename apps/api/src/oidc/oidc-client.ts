import * as client from 'openid-client';

/** What is needed to talk to one provider. */
export interface ProviderConnection {
  slug: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
}

/** http:// is accepted only for a provider on this machine (development, the tests' provider). */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

const DISCOVERY_TTL_MS = 10 * 60_000;

/**
 * The discovered configuration of each provider (openid-client's discovery: the issuer's metadata and
 * keys), kept for ten minutes per process. Only public metadata is kept in memory; nothing about a
 * sign-in is, so any process can finish a sign-in another one started.
 */
export class DiscoveryCache {
  private readonly entries = new Map<
    string,
    { key: string; at: number; config: Promise<client.Configuration> }
  >();

  get(provider: ProviderConnection): Promise<client.Configuration> {
    const key = `${provider.issuerUrl}\n${provider.clientId}\n${provider.clientSecret}`;
    const cached = this.entries.get(provider.slug);
    if (cached && cached.key === key && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
    const issuer = new URL(provider.issuerUrl);
    const config = client.discovery(
      issuer,
      provider.clientId,
      undefined,
      client.ClientSecretBasic(provider.clientSecret),
      isLoopbackHttp(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    this.entries.set(provider.slug, { key, at: Date.now(), config });
    config.catch(() => this.entries.delete(provider.slug));
    return config;
  }
}
