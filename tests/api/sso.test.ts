import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import { DEMO_PASSWORD } from '../../server/src/demo/content/index.ts';
import { ApiClient, demoUser, signedIn } from '../support/client.ts';
import { APP_ORIGIN, Browser, CLIENT_ID, CLIENT_SECRET, REVIEWED_CLIENT_ID, signInAtIdp, signOutAtIdp, startIdp } from '../support/oidc.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connected, connectSocket } from '../support/sockets.ts';

let idp: Awaited<ReturnType<typeof startIdp>>;
let server: TestServer;

beforeAll(async () => {
  idp = await startIdp();
  const providers = [
    { id: 'test', issuer: idp.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, name: 'Stadtverwaltung (Test-IdP)', domains: ['stadt-a.example', 'demo.praxisnetz.example'], citySlug: 'augsburg', autoApprove: true },
    { id: 'geprueft', issuer: idp.issuer, clientId: REVIEWED_CLIENT_ID, clientSecret: CLIENT_SECRET, name: 'Landesverwaltung (Test-IdP)', domains: ['land-b.example'], citySlug: 'augsburg' },
  ];
  server = await startTestServer({ OIDC_PROVIDERS: JSON.stringify(providers), PUBLIC_URL: APP_ORIGIN }, { web: true });
  idp.configure(server.url);
  idp.accounts.set('petra', { email: 'Petra.Neu@stadt-a.example', email_verified: true, name: 'Petra Neu' });
  idp.accounts.set('sabine', { email: demoUser('sabine').email, email_verified: true, name: 'Sabine am IdP' });
  idp.accounts.set('unbestaetigt', { email: 'offen@stadt-a.example', email_verified: false, name: 'Offen' });
  idp.accounts.set('karl', { email: 'karl.pruef@land-b.example', email_verified: true, name: 'Karl Prüf' });
  idp.accounts.set('fremd', { email: 'jemand@anderswo.example', email_verified: true, name: 'Fremd' });
});
afterAll(async () => {
  await server.close();
  await idp.close();
});

/** Follows the IdP's redirect back to our callback in the same browser. */
async function callback(browser: Browser, url: string) {
  const res = await browser.fetch(url);
  return { status: res.status, location: res.headers.get('location'), session: browser.cookie(url, 'pn_session') };
}

const asClient = (browser: Browser) => {
  const client = new ApiClient(server.url);
  client.cookie = `pn_session=${browser.cookie(server.url, 'pn_session')}`;
  return client;
};

/** For one sign-in, the IdP issues ID tokens changed by `change` (an IdP gone wrong, or an attacker's token). */
async function withIdTokens<T>(change: (options: Record<string, unknown>, token: { client: unknown }) => Promise<Record<string, unknown>>, run: () => Promise<T>): Promise<T> {
  const IdToken = idp.provider.IdToken.prototype as unknown as { issue: (options: Record<string, unknown>) => Promise<string> };
  const original = IdToken.issue;
  IdToken.issue = async function (this: { client: unknown }, options) {
    return original.call(this, await change(options, this));
  };
  try {
    return await run();
  } finally {
    IdToken.issue = original;
  }
}

describe('single sign-on with OpenID Connect (a real oidc-provider)', () => {
  it('creates an approved account of the provider’s city for a verified address of an allowed domain, and finds it again by subject', async () => {
    const browser = new Browser();
    const done = await callback(browser, await signInAtIdp(browser, server.url, 'petra'));
    expect(done.status).toBe(303);
    expect(done.location).toBe('/me');
    expect(done.session).toBeTruthy();
    const me = (await asClient(browser).get('/api/me')).body.user;
    expect(me).toMatchObject({ displayName: 'Petra Neu', email: 'petra.neu@stadt-a.example', status: 'active', city: { slug: 'augsburg' } });

    const again = new Browser();
    await callback(again, await signInAtIdp(again, server.url, 'petra'));
    expect((await asClient(again).get('/api/me')).body.user.id).toBe(me.id);
  });

  it('creates a waiting account where the provider does not approve automatically, and tells its approvers', async () => {
    const browser = new Browser();
    const done = await callback(browser, await signInAtIdp(browser, server.url, 'karl', '/auth/oidc/geprueft?next=/me'));
    expect(done).toMatchObject({ status: 303, location: '/me' });
    const me = (await asClient(browser).get('/api/me')).body.user;
    expect(me).toMatchObject({ displayName: 'Karl Prüf', status: 'pending', city: { slug: 'augsburg' } });
    expect((await asClient(browser).post('/api/threads', { categorySlug: 'praeventionsgremien', title: 'Noch nicht freigegeben', body: 'Text' })).body.error.code).toBe('account_pending');
    const admin = await signedIn(server.url, 'admin');
    const told = (await admin.get('/api/notifications')).body.items.find((n: { kind: string; subject: { id: number } | null }) => n.kind === 'account_pending' && n.subject?.id === me.id);
    expect(told?.href).toBe('/admin/users');
  });

  it('links an existing account by its verified address', async () => {
    const browser = new Browser();
    await callback(browser, await signInAtIdp(browser, server.url, 'sabine'));
    const me = (await asClient(browser).get('/api/me')).body.user;
    expect(me.email).toBe(demoUser('sabine').email);
    expect(me.displayName).toBe(demoUser('sabine').displayName);
  });

  it('never links or creates by an unverified address, nor for a domain the provider does not serve', async () => {
    for (const [login, reason] of [['unbestaetigt', 'unverified'], ['fremd', 'domain']] as const) {
      const browser = new Browser();
      const done = await callback(browser, await signInAtIdp(browser, server.url, login));
      expect(done).toMatchObject({ status: 303, location: `/login?sso=${reason}`, session: undefined });
    }
    const admin = await signedIn(server.url, 'admin');
    expect((await admin.get('/api/users?q=offen%40stadt-a.example')).body.items).toEqual([]);
    expect((await admin.get('/api/users?q=anderswo')).body.items).toEqual([]);
  });

  it('refuses a callback with a wrong state, or from another browser, and a code used twice', async () => {
    const browser = new Browser();
    const url = await signInAtIdp(browser, server.url, 'petra');
    const tampered = new URL(url);
    tampered.searchParams.set('state', 'nicht-der-zustand');
    expect(await callback(browser, tampered.href)).toMatchObject({ location: '/login?sso=failed', session: undefined });
    // The same callback in a browser that did not start the sign-in (a forged link: login CSRF).
    expect(await callback(new Browser(), url)).toMatchObject({ location: '/login?sso=failed', session: undefined });

    const other = new Browser();
    const genuine = await signInAtIdp(other, server.url, 'petra');
    expect(await callback(other, genuine)).toMatchObject({ location: '/me' });
    expect(await callback(other, genuine)).toMatchObject({ location: '/login?sso=failed' });
  });

  it('refuses an expired ID token and one issued for another client', async () => {
    const expired = new Browser();
    const url = await signInAtIdp(expired, server.url, 'petra');
    const result = await withIdTokens(async (options) => ({ ...options, expiresAt: Math.floor(Date.now() / 1000) - 300 }), () => callback(expired, url));
    expect(result).toMatchObject({ location: '/login?sso=failed', session: undefined });

    const foreign = new Browser();
    const url2 = await signInAtIdp(foreign, server.url, 'petra');
    const other = await idp.provider.Client.find('another-client');
    const result2 = await withIdTokens(
      async (options, token) => {
        token.client = other;
        return options;
      },
      () => callback(foreign, url2),
    );
    expect(result2).toMatchObject({ location: '/login?sso=failed', session: undefined });
  });

  it('ends the session and its socket when the provider sends a back-channel logout, and refuses a forged logout token', async () => {
    const browser = new Browser();
    await callback(browser, await signInAtIdp(browser, server.url, 'sabine'));
    const member = asClient(browser);
    const socket = connectSocket(server.url, member.cookie);
    await connected(socket);
    const forged = await fetch(`${server.url}/auth/oidc/test/backchannel-logout`, {
      method: 'POST',
      body: new URLSearchParams({ logout_token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJzYWJpbmUifQ.' }),
    });
    expect(forged.status).toBe(400);
    expect((await member.get('/api/me')).status).toBe(200);

    const disconnected = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    await signOutAtIdp(browser, idp.issuer);
    await disconnected;
    expect((await member.get('/api/me')).status).toBe(401);
  });

  it('offers the provider on the sign-in page and words a refusal there', async () => {
    const res = await fetch(`${server.url}/login?next=/library`);
    // The sign-out form of every page may continue at the provider's end-session page.
    expect(res.headers.get('content-security-policy')).toContain(`form-action 'self' ${idp.issuer};`);
    const page = await res.text();
    expect(page).toContain('Anmelden mit Stadtverwaltung (Test-IdP)');
    expect(page).toContain('href="/auth/oidc/test?next=%2Flibrary"');
    expect(page).toContain('Oder mit E-Mail-Adresse und Passwort:');
    const refused = await (await fetch(`${server.url}/login?sso=unverified`)).text();
    expect(refused).toContain('keine bestätigte E-Mail-Adresse');
  });

  it('signs out at the provider too: the logout leads to its end-session page', async () => {
    const browser = new Browser();
    await callback(browser, await signInAtIdp(browser, server.url, 'petra'));
    const signedOut = asClient(browser);
    const page = await browser.fetch(`${server.url}/logout`, { method: 'POST', headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(page.status).toBe(303);
    const location = new URL(page.headers.get('location')!);
    expect(location.origin).toBe(idp.issuer);
    expect(location.searchParams.get('id_token_hint')).toBeTruthy();
    expect((await signedOut.get('/api/me')).status).toBe(401);
  });
});

describe('configuration', () => {
  it('accepts https issuers and plain http only on a loopback address', () => {
    const provider = (issuer: string) => JSON.stringify([{ id: 'stadt', issuer, clientId: 'c', clientSecret: 's', name: 'Stadt' }]);
    expect(loadConfig({ OIDC_PROVIDERS: provider('https://login.stadt.example/realms/praxis') }).oidcProviders[0]!.issuer).toBe('https://login.stadt.example/realms/praxis');
    expect(loadConfig({ OIDC_PROVIDERS: provider('http://localhost:8080') }).oidcProviders).toHaveLength(1);
    expect(() => loadConfig({ OIDC_PROVIDERS: provider('http://login.stadt.example') })).toThrow(/OIDC_PROVIDERS.*issuer.*https/s);
    expect(() => loadConfig({ OIDC_PROVIDERS: 'kein json' })).toThrow(/OIDC_PROVIDERS/);
  });

  it('can turn password sign-in off', async () => {
    const ssoOnly = await startTestServer({ PASSWORD_LOGIN: '0' });
    try {
      const visitor = new ApiClient(ssoOnly.url);
      expect((await visitor.post('/api/auth/login', { email: demoUser('member').email, password: DEMO_PASSWORD })).status).toBe(403);
      expect((await visitor.post('/api/auth/register', { email: 'neu@stadt.example', password: 'ein-langes-passwort', displayName: 'Neu', citySlug: 'augsburg' })).status).toBe(403);
      expect((await visitor.post('/api/auth/password-reset', { email: demoUser('member').email })).status).toBe(403);
    } finally {
      await ssoOnly.close();
    }
  });
});
