import type { RequestHandler } from 'express';
import type { Actor } from '../policy/index.ts';
import type { SessionStore } from '../modules/auth/index.ts';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './session-cookie.ts';

declare global {
  namespace Express {
    interface Locals {
      actor: Actor;
      sessionToken?: string;
      /** the session's id (the token's hash), to end it */
      sessionId?: string;
      requestId: string;
    }
  }
}

/** Resolves the session cookie into res.locals.actor, renewing or clearing the cookie as needed. */
export function sessionMiddleware(sessions: SessionStore): RequestHandler {
  return async (req, res, next) => {
    res.locals.actor = null;
    const token = readSessionToken(req.get('cookie'));
    if (!token) return next();
    const result = await sessions.validate(token);
    if (!result) {
      clearSessionCookie(req, res);
      return next();
    }
    res.locals.actor = result.user;
    res.locals.sessionToken = token;
    res.locals.sessionId = result.sessionId;
    if (result.renewed) setSessionCookie(req, res, token, result.expiresAt);
    next();
  };
}
