import { createHash, randomBytes } from 'node:crypto';
import { rooms } from '@praxisnetz/shared';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as client from 'openid-client';
import type { OidcProviderConfig } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { logError } from '../../lib/log.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { deleteSession, hashPassword, sessionIdOf, type SessionStore, tellApprovers } from '../auth/index.ts';
import { findCityBySlug } from '../cities/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { findUserByEmail, findUserById, insertUser } from '../users/index.ts';
import type { OidcClients } from './oidc-clients.ts';
import { deleteExpiredLogins, findIdentity, findOidcSession, insertLogin, insertOidcSession, linkIdentity, oidcSessionIds, stillValid, takeLogin } from './sso.repo.ts';

const LOGIN_MINUTES = 10;
const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

/** Why a sign-in through a provider was refused; the login page words it (`/login?sso=<reason>`). */
export type SsoReason = 'failed' | 'unverified' | 'domain' | 'suspended' | 'erasure';
export class SsoRefusal extends Error {
  readonly reason: SsoReason;
  constructor(reason: SsoReason) {
    super(`single sign-on refused: ${reason}`);
    this.reason = reason;
  }
}

/** What an account is found or made by: the ID token's subject, and its address and name (from the token, else from userinfo). */
type Claims = { sub: string; email?: unknown; email_verified?: unknown; name?: unknown; sid?: unknown };

const hash = (value: string) => createHash('sha256').update(value).digest('hex');
const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * Single sign-on with OpenID Connect (openid-client): the authorization code flow with PKCE,
 * state and nonce, the ID token validated by the library (issuer, audience, expiry, signature);
 * accounts found by the provider's subject, else linked or created by a verified address only.
 * Back-channel logout ends the sessions (and their sockets) the provider names.
 */
export function createSso(deps: {
  db: Db;
  clients: OidcClients;
  sessions: SessionStore;
  publisher: Publisher;
  notifications: Pick<NotificationsService, 'tell' | 'told'>;
  publicUrl: string;
}) {
  const { db, clients, sessions, publisher, notifications, publicUrl } = deps;
  const redirectUri = (provider: OidcProviderConfig) => `${publicUrl}/auth/oidc/${provider.id}/callback`;

  function providerOf(id: string): OidcProviderConfig {
    const provider = clients.provider(id);
    if (!provider) throw new SsoRefusal('failed');
    return provider;
  }

  /** The account the verified claims name: by subject, else by verified address (linked), else a new one (its approvers told when it waits for them). */
  async function accountFor(provider: OidcProviderConfig, claims: Claims): Promise<number> {
    const known = await findIdentity(db, provider.id, claims.sub);
    if (known) return known;
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!email || claims.email_verified !== true) throw new SsoRefusal('unverified');
    const allowed = provider.domains.length === 0 || provider.domains.includes(domainOf(email));
    if (!allowed) throw new SsoRefusal('domain');
    const existing = await findUserByEmail(db, email);
    if (existing) {
      await linkIdentity(db, provider.id, claims.sub, existing.id);
      return existing.id;
    }
    const city = provider.citySlug ? await findCityBySlug(db, provider.citySlug) : undefined;
    const approved = provider.autoApprove && provider.domains.length > 0;
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 80) : email.slice(0, email.indexOf('@'));
    // Nobody knows this password: the account signs in through its provider (or asks for a reset link).
    const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
    const { id, told } = await db.transaction(async (tx) => {
      const row = (await insertUser(tx, {
        email,
        passwordHash,
        displayName: name,
        cityId: city?.id ?? null,
        status: approved ? 'active' : 'pending',
        emailConfirmedAt: new Date(),
        ...(approved && { approvedAt: new Date() }),
      }))!;
      await linkIdentity(tx, provider.id, claims.sub, row.id);
      const told = approved ? [] : await tellApprovers(tx, notifications, { id: row.id, displayName: name, cityId: city?.id ?? null, cityName: city?.name ?? null });
      return { id: row.id, told };
    });
    await notifications.told(told);
    return id;
  }

  return {
    providers: () => clients.list(),

    /** Where a page's sign-out form may lead (its Content-Security-Policy's form-action): the providers' end-session pages. */
    signOutOrigins: () => clients.origins(),

    /** Sign-ins never finished (hourly, with expired sessions). */
    purgeExpired: () => deleteExpiredLogins(db),

    /** The provider's authorization URL, and the browser token the callback must come back with. */
    async start(providerId: string, returnTo: string): Promise<{ url: URL; browserToken: string }> {
      const provider = providerOf(providerId);
      const config = await clients.configuration(provider);
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = client.randomPKCECodeVerifier();
      const browserToken = randomBytes(24).toString('base64url');
      await insertLogin(db, {
        stateHash: hash(state),
        provider: provider.id,
        browserHash: hash(browserToken),
        codeVerifier,
        nonce,
        returnTo,
        expiresAt: new Date(Date.now() + LOGIN_MINUTES * 60_000),
      });
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri(provider),
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, browserToken };
    },

    /** The callback: checks and exchanges the code, finds or makes the account, and opens a session. */
    async finish(providerId: string, currentUrl: URL, browserToken: string | undefined) {
      const provider = providerOf(providerId);
      const state = currentUrl.searchParams.get('state') ?? '';
      const login = state ? await takeLogin(db, hash(state)) : undefined;
      if (!login || !stillValid(login) || login.provider !== provider.id || !browserToken || login.browserHash !== hash(browserToken)) throw new SsoRefusal('failed');
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      let claims: Claims;
      try {
        const config = await clients.configuration(provider);
        tokens = await client.authorizationCodeGrant(config, new URL(`${redirectUri(provider)}${currentUrl.search}`), {
          pkceCodeVerifier: login.codeVerifier,
          expectedState: state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims()!;
        // Providers that keep the address out of the ID token give it at userinfo (for the same subject, checked by the library).
        claims = idToken.email === undefined ? { ...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)), sid: idToken.sid } : idToken;
      } catch (err) {
        // The library's reasons (a used code, an expired token, another audience) are logged, never the tokens.
        logError(`single sign-on with ${provider.id}`, err);
        throw new SsoRefusal('failed');
      }
      const user = (await findUserById(db, await accountFor(provider, claims)))!;
      if (user.erasureDueAt) throw new SsoRefusal('erasure');
      if (user.status === 'suspended' && (!user.suspendedUntil || user.suspendedUntil.getTime() > Date.now())) throw new SsoRefusal('suspended');
      const session = await sessions.create(user.id);
      await insertOidcSession(db, {
        sessionId: sessionIdOf(session.token),
        provider: provider.id,
        subject: claims.sub,
        sid: typeof claims.sid === 'string' ? claims.sid : null,
        idToken: tokens.id_token!,
      });
      return { ...session, returnTo: login.returnTo };
    },

    /** A logout token from the provider: verified (signature, issuer, audience, event, no nonce); its sessions end on every node. */
    async backchannelLogout(providerId: string, logoutToken: string): Promise<number> {
      const provider = providerOf(providerId);
      const config = await clients.configuration(provider);
      const metadata = config.serverMetadata();
      const keys = createRemoteJWKSet(new URL(metadata.jwks_uri!));
      // A token that does not verify is the caller's mistake (or a forgery), not ours: refused, not logged as a failure.
      const { payload } = await jwtVerify(logoutToken, keys, { issuer: metadata.issuer, audience: provider.clientId, maxTokenAge: '5 minutes' }).catch(() => {
        throw new SsoRefusal('failed');
      });
      const events = payload.events as Record<string, unknown> | undefined;
      if (!events || typeof events[BACKCHANNEL_EVENT] !== 'object' || 'nonce' in payload) throw new SsoRefusal('failed');
      const sid = typeof payload.sid === 'string' ? payload.sid : undefined;
      if (!sid && !payload.sub) throw new SsoRefusal('failed');
      const ended = await oidcSessionIds(db, provider.id, { sid, subject: payload.sub });
      for (const id of ended) {
        await deleteSession(db, id);
        publisher.disconnect(rooms.session(id));
      }
      return ended.length;
    },

    /** Where the browser goes after signing out here: the provider's end-session page for a session that began there. */
    async endSessionUrl(sessionToken: string): Promise<string | null> {
      const row = await findOidcSession(db, sessionIdOf(sessionToken));
      const provider = row && clients.provider(row.provider);
      if (!row || !provider) return null;
      const config = await clients.configuration(provider);
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, { id_token_hint: row.idToken, post_logout_redirect_uri: `${publicUrl}/` }).href;
    },
  };
}
export type Sso = ReturnType<typeof createSso>;
