import type { Request, Response } from 'express';
import type { Actor } from '../policy/index.ts';
import { logError } from '../lib/log.ts';
import type { Services } from '../services.ts';
import { type HttpFailure, toHttpFailure } from './error-handler.ts';
import { clientIp, publicOrigin } from './request-context.ts';
import { sessionCookieHeader } from './session-cookie.ts';

/**
 * What Express hands the SvelteKit pages with each request (adapter-node passes the Node request
 * as `platform.req`): the actor, resolved once by the session middleware, and the same services
 * the JSON routes call. Pages call them in-process: no HTTP hop, no second session lookup.
 */
export interface PageContext {
  actor: Actor;
  services: Services;
  /** the browser's session token, for logout and the password change (which keeps this session) */
  sessionToken: string | undefined;
  clientIp: string;
  /** the origin the browser sees, e.g. https://praxisnetz.example */
  origin: string;
  requestId: string;
  /** Set-Cookie headers the page's response must carry (session renewal, login, logout) */
  readonly cookies: string[];
  startSession(token: string, expiresAt: Date): void;
  endSession(): void;
  /** the JSON API's mapping of a failure, so pages answer with the same status and code */
  failure(err: unknown): HttpFailure;
  /** a failure on our side, logged like the API's: without user content */
  logError(err: unknown): void;
}

export type PageRequest = Request & { praxisnetz?: PageContext };

export function attachPageContext(req: Request, res: Response, services: Services): void {
  // Cookies the session middleware set (renewal, clearing) go out with SvelteKit's response.
  const pending = res.getHeader('set-cookie');
  res.removeHeader('set-cookie');
  const cookies = pending === undefined ? [] : [pending].flat().map(String);
  const context: PageContext = {
    actor: res.locals.actor,
    services,
    sessionToken: res.locals.sessionToken,
    clientIp: clientIp(req),
    origin: publicOrigin(req),
    requestId: res.locals.requestId,
    cookies,
    startSession: (token, expiresAt) => void cookies.push(sessionCookieHeader(req, token, expiresAt)),
    endSession: () => void cookies.push(sessionCookieHeader(req, '', new Date(0))),
    failure: (err) => toHttpFailure(err, services.database.availability),
    logError: (err) => logError(`page ${req.method} ${req.path}`, err, res.locals.requestId),
  };
  (req as PageRequest).praxisnetz = context;
}
