import * as client from 'openid-client';
import type { OidcProviderConfig } from '../../config.ts';

/**
 * One openid-client Configuration per provider, from its discovery document; fetched when first
 * needed and again after a failure (an IdP that was down at start is used once it answers).
 * Plain http is allowed only for a loopback issuer (config.ts refuses any other).
 */
export function createOidcClients(providers: OidcProviderConfig[]) {
  const byId = new Map(providers.map((p) => [p.id, p]));
  const discovered = new Map<string, Promise<client.Configuration>>();

  function configuration(provider: OidcProviderConfig): Promise<client.Configuration> {
    let found = discovered.get(provider.id);
    if (!found) {
      const issuer = new URL(provider.issuer);
      found = client.discovery(issuer, provider.clientId, undefined, client.ClientSecretPost(provider.clientSecret), {
        ...(issuer.protocol === 'http:' && { execute: [client.allowInsecureRequests] }),
      });
      found.catch(() => discovered.delete(provider.id));
      discovered.set(provider.id, found);
    }
    return found;
  }

  return {
    provider: (id: string) => byId.get(id),
    list: () => providers.map((p) => ({ id: p.id, name: p.name })),
    /** the providers' sites (their issuers' origins), where their end-session pages are */
    origins: () => [...new Set(providers.map((p) => new URL(p.issuer).origin))],
    configuration,
  };
}
export type OidcClients = ReturnType<typeof createOidcClients>;
