import { SESSION_COOKIE } from '@praxisnetz/shared';
import { type CookieOptions, type Request, type Response } from 'express';
import { parseCookie } from 'cookie';
import { publicOrigin } from './request-context.ts';

/** The session token from a Cookie header, for HTTP requests and Socket.IO handshakes alike. */
export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  return cookieHeader ? parseCookie(cookieHeader)[SESSION_COOKIE] : undefined;
}

const cookieOptions = (req: Request): CookieOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  secure: publicOrigin(req).startsWith('https:'),
  path: '/',
});

export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req), expires: expiresAt });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}
