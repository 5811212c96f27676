import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata, type Configuration } from 'oidc-provider';

/** The address our server is told it lives at (PUBLIC_URL): the IdP redirects there, the tests follow to the real one. */
export const APP_ORIGIN = 'http://praxisnetz.test';
export const CLIENT_ID = 'praxisnetz';
export const CLIENT_SECRET = 'ein-langes-geheimnis-des-clients';
/** the client of a second provider (`geprueft`) whose new accounts wait for approval */
export const REVIEWED_CLIENT_ID = 'praxisnetz-mit-freigabe';

export interface IdpAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/**
 * A real OpenID provider (the certified `oidc-provider` package) on a loopback port, with its
 * development login and consent pages, back-channel logout and RP-initiated logout. Accounts are
 * whatever the test puts into `accounts`. The provider is made once the app's address is known
 * (its back-channel logout URI), the HTTP server before (the app needs the issuer to start).
 * It redirects to `appOrigin` (the app's PUBLIC_URL).
 */
export async function startIdp(options: { port?: number; appOrigin?: string } = {}) {
  const { port = 0, appOrigin = APP_ORIGIN } = options;
  let provider: Provider | undefined;
  const server = http.createServer((req, res) => {
    if (!provider) return void res.writeHead(503).end();
    void provider.callback()(req, res);
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, IdpAccount>();

  function configure(appUrl: string) {
    const client = (clientId: string, providerId = 'test'): ClientMetadata => ({
      client_id: clientId,
      client_secret: CLIENT_SECRET,
      redirect_uris: [`${appOrigin}/auth/oidc/${providerId}/callback`],
      post_logout_redirect_uris: [`${appOrigin}/`],
      backchannel_logout_uri: `${appUrl}/auth/oidc/${providerId}/backchannel-logout`,
      backchannel_logout_session_required: true,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    });
    const configuration: Configuration = {
      clients: [client(CLIENT_ID), client('another-client'), client(REVIEWED_CLIENT_ID, 'geprueft')],
      findAccount: async (_ctx, sub) => {
        const account = accounts.get(sub);
        return account ? { accountId: sub, claims: async () => ({ sub, ...account }) } : undefined;
      },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      features: { devInteractions: { enabled: true }, backchannelLogout: { enabled: true }, rpInitiatedLogout: { enabled: true } },
      cookies: { keys: ['schluessel-fuer-die-cookies-des-idp'] },
      // Its calls to our server (back-channel logout) go to a loopback address, which it refuses by default (SSRF protection).
      fetch: (url, options) => globalThis.fetch(url, { ...options, dispatcher: undefined } as RequestInit),
    };
    provider = new Provider(issuer, configuration);
    return provider;
  }

  return {
    issuer,
    accounts,
    configure,
    get provider() {
      return provider!;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A browser's cookies, by origin (paths ignored: enough for these flows). */
export class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookieHeader(url: string): string {
    return [...(this.jar.get(new URL(url).origin) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).origin)?.get(name);
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: this.cookieHeader(url) } });
    const jar = this.jar.get(new URL(url).origin) ?? new Map<string, string>();
    this.jar.set(new URL(url).origin, jar);
    for (const set of res.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const eq = pair!.indexOf('=');
      const [name, value] = [pair!.slice(0, eq).trim(), pair!.slice(eq + 1)];
      if (!value || /expires=Thu, 01 Jan 1970/i.test(set) || /max-age=0/i.test(set)) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }
}

/**
 * Signs in at the IdP as `login` from our start URL, through its login and consent pages, and
 * returns the callback URL it redirects to (on the real app), not yet followed.
 */
export async function signInAtIdp(browser: Browser, appUrl: string, login: string, start = '/auth/oidc/test?next=/me'): Promise<string> {
  let url = `${appUrl}${start}`;
  for (let step = 0; step < 20; step++) {
    const res = await browser.fetch(url);
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location')!, url);
      if (next.origin === APP_ORIGIN) return `${appUrl}${next.pathname}${next.search}`;
      url = next.href;
      continue;
    }
    const page = await res.text();
    if (res.status !== 200 || !url.includes('/interaction/')) throw new Error(`unexpected IdP page ${url} (${res.status}): ${page.slice(0, 300)}`);
    const body = new URLSearchParams(page.includes('name="login"') ? { prompt: 'login', login, password: 'beliebig' } : { prompt: 'consent' });
    const posted = await browser.fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    url = new URL(posted.headers.get('location')!, url).href;
  }
  throw new Error('the IdP flow did not end');
}

/** Signs out at the IdP (its end-session page, confirmed): it then tells every client by back-channel logout. */
export async function signOutAtIdp(browser: Browser, issuer: string): Promise<void> {
  const page = await (await browser.fetch(`${issuer}/session/end`)).text();
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1];
  if (!xsrf) throw new Error(`no logout form at the IdP: ${page.slice(0, 300)}`);
  const res = await browser.fetch(`${issuer}/session/end/confirm`, {
    method: 'POST',
    body: new URLSearchParams({ xsrf, logout: 'yes' }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  if (res.status >= 400) throw new Error(`IdP logout failed: ${res.status}`);
}
